using Cake.Core;
using Cake.Core.IO;
using Cake.Frosting;
using HomeLab.Configuration;
using HomeLab.L1.Templates;
using HomeLab.L2.Instances.Terraform;
using HomeLab.Manifests;

namespace HomeLab.Build;

/// <summary>What the HomeLab tasks share: where the lab and the artifacts are, and what this run was asked to do.</summary>
public class BuildContext : FrostingContext
{
    private Func<string, string?> _variables;
    private LabSettings? _settings;

    public BuildContext(ICakeContext context)
        : base(context)
    {
        _variables = context.Environment.GetEnvironmentVariable;
        ArtifactsDirectory = context.Environment.WorkingDirectory.Combine("artifacts");
        IsSimulation = Switches.IsOn(context.Arguments, "simulate");
        OperatorLabDirectory = context.Arguments.HasArgument("lab")
            ? new DirectoryPath(context.Arguments.GetArgument("lab")).MakeAbsolute(context.Environment)
            : context.Environment.WorkingDirectory;
        SimulatedLabDirectory = ArtifactsDirectory.Combine("simulation/lab");
        LabDirectory = IsSimulation ? new DirectoryPath(ScratchLab.RunFolderFor(SimulatedLabDirectory.FullPath)) : OperatorLabDirectory;
        Lab = new LabManifests(LabDirectory.FullPath);
    }

    /// <summary><c>artifacts/</c> under the working directory (the repository root when run through build.sh).</summary>
    public DirectoryPath ArtifactsDirectory { get; }

    /// <summary><c>--simulate</c>: run against the simulated Proxmox instead of the real one.</summary>
    public bool IsSimulation { get; }

    /// <summary>The operator's lab (<c>--lab</c>, by default the working directory): infra/os/&lt;os&gt;/…</summary>
    public DirectoryPath OperatorLabDirectory { get; }

    /// <summary>Where a simulated run leaves its copy of the lab when it ends: <c>artifacts/simulation/lab</c>.</summary>
    public DirectoryPath SimulatedLabDirectory { get; }

    /// <summary>
    /// The lab this run reads and writes: the operator's, or in a simulation this run's own scratch copy of it beside
    /// <see cref="SimulatedLabDirectory"/>.
    /// </summary>
    public DirectoryPath LabDirectory { get; }

    public LabManifests Lab { get; }

    /// <summary>
    /// The lab's settings, read from the environment once, on first use. Every task that uses them runs after
    /// Secrets, so values that Doppler loads take effect.
    /// </summary>
    public LabSettings Settings => _settings ??= LabSettingsReader.Read(_variables);

    /// <summary>Forgets the settings read so far, so that the next use reads the environment again (after Secrets loaded it).</summary>
    public void ReloadSettings() => _settings = null;

    /// <summary>Reads these values instead of the environment's (the simulation's Proxmox); other variables stay the operator's.</summary>
    public void OverrideVariables(IReadOnlyDictionary<string, string?> values)
    {
        var environment = _variables;
        _variables = name => values.TryGetValue(name, out var value) ? value : environment(name);
        _settings = null;
    }

    /// <summary>The names of the tasks this run executes, in order, once the run has started; null before.</summary>
    public IReadOnlyList<string>? TasksToExecute { get; internal set; }

    /// <summary>The personas PlanInstances planned in this run, for ApplyInstances.</summary>
    public List<PersonaPlan> PlannedInstances { get; } = [];

    /// <summary>What BuildTemplates built in this run, for PromoteStable.</summary>
    public List<TemplateOutcome> BuiltTemplates { get; } = [];
}
