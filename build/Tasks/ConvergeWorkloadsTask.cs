using Cake.Frosting;
using HomeLab.L3.OS;
using HomeLab.Secrets;
using Spectre.Console;

namespace HomeLab.Build.Tasks;

/// <summary>
/// L4, the Ansible part: converges <c>ansible/l4/converge.yaml</c> for <c>--group</c>, or for a preset's group and
/// tags with <c>--workload</c>; a preview under --simulate, its commands under --dryrun.
/// </summary>
[TaskName("ConvergeWorkloads")]
[TaskDescription("L4: converge the workloads of --group (or --workload=<preset>) with ansible/l4/converge.yaml")]
[IsDependentOn(typeof(OsTask))]
public sealed class ConvergeWorkloadsTask(IAnsiConsole console, SecretRedactor redactor) : LayerConvergeTask(console, redactor, ConvergeLayer.L4);
