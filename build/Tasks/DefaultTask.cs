using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;

namespace HomeLab.Build.Tasks;

/// <summary>What runs without a target: explains the layers and how to run them, and changes nothing.</summary>
[TaskName("Default")]
[TaskDescription("Show the layers and how to run them; changes nothing")]
public sealed class DefaultTask : FrostingTask<BuildContext>
{
    private readonly ICakeEngine _engine;

    public DefaultTask(ICakeEngine engine)
    {
        _engine = engine;
    }

    public override void Run(BuildContext context)
    {
        var log = context.Log;
        log.Information("HomeLab builds the lab in layers; a layer first runs the layers below it.");
        log.Information("");
        foreach (var (alias, task) in TargetAliases.Layers)
        {
            log.Information($"  {alias}  {task,-10} {DescriptionOf(alias, task)}");
        }

        log.Information("");
        log.Information("  Run a layer and those below it:    ./build.sh --target=L0");
        log.Information("  Against the simulated Proxmox:     ./build.sh --target=L2 --simulate");
        log.Information("  Only that layer, skip the others:  ./build.sh --target=L2 --exclusive");
        log.Information("  Build, keep the stable manifests:  UPDATE_STABLE=no ./build.sh --target=L1");
        log.Information("  Plan the VMs, then apply the plan: APPLY=1 ./build.sh --target=L2");
        log.Information("  Promote a built template later:    ./build.sh --target=Promote --os=ubuntu --artifact=<file>");
        log.Information("  List the template artifacts:       ./build.sh --target=List-Templates");
        log.Information("  Converge the OS of a group:        ./build.sh --target=L3 --exclusive --group=ubuntu_docker");
        log.Information("  Converge one workload preset:      ./build.sh --target=L4 --exclusive --workload=whoami");
        log.Information("  List the workload presets:         ./build.sh --target=List-Workloads");
        log.Information("  Show the commands, change no host: ./build.sh --target=L4 --simulate --group=ubuntu_docker");
        log.Information("  Reboot a group where required:     ./build.sh --target=Reboot --group=ubuntu_docker --action=check");
        log.Information("  Shut a group down:                 ./build.sh --target=Shutdown --group=<group> --confirm=<group>");
        log.Information("  Return to a fresh checkout:        ./build.sh --target=Clean");
        log.Information("  Show the task graph:               ./build.sh --tree");
    }

    // Descriptions start with the layer ("L0: ..."), which the table already shows.
    private string DescriptionOf(string alias, string task)
    {
        var description = _engine.Tasks.FirstOrDefault(info => info.Name == task)?.Description ?? "";
        var prefix = alias + ": ";
        return description.StartsWith(prefix, StringComparison.Ordinal) ? description[prefix.Length..] : description;
    }
}
