using Cake.Frosting;
using HomeLab.L3.OS;
using HomeLab.Secrets;
using Spectre.Console;

namespace HomeLab.Build.Tasks;

/// <summary>L3: converges <c>ansible/l3/converge.yaml</c> for <c>--group</c>; a preview under --simulate, its commands under --dryrun.</summary>
[TaskName("OS")]
[TaskDescription("L3: converge the operating systems of --group with ansible/l3/converge.yaml (--tags, --limit, --check)")]
[IsDependentOn(typeof(InstancesTask))]
public sealed class OsTask(IAnsiConsole console, SecretRedactor redactor) : LayerConvergeTask(console, redactor, ConvergeLayer.L3);
