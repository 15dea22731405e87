using Cake.Core;
using Cake.Core.IO;
using Cake.Frosting;
using HomeLab.L1.Templates;
using HomeLab.Manifests;

namespace HomeLab.Build;

/// <summary>What the HomeLab tasks share: where the lab and the artifacts are, and what this run was asked to do.</summary>
public class BuildContext : FrostingContext
{
    public BuildContext(ICakeContext context)
        : base(context)
    {
        ArtifactsDirectory = context.Environment.WorkingDirectory.Combine("artifacts");
        IsSimulation = Switches.IsOn(context.Arguments, "simulate");
        OperatorLabDirectory = context.Arguments.HasArgument("lab")
            ? new DirectoryPath(context.Arguments.GetArgument("lab")).MakeAbsolute(context.Environment)
            : context.Environment.WorkingDirectory;
        LabDirectory = IsSimulation ? ArtifactsDirectory.Combine("simulation/lab") : OperatorLabDirectory;
        Lab = new LabManifests(LabDirectory.FullPath);
    }

    /// <summary><c>artifacts/</c> under the working directory (the repository root when run through build.sh).</summary>
    public DirectoryPath ArtifactsDirectory { get; }

    /// <summary><c>--simulate</c>: run against the simulated Proxmox instead of the real one.</summary>
    public bool IsSimulation { get; }

    /// <summary>The operator's lab (<c>--lab</c>, by default the working directory): infra/os/&lt;os&gt;/…</summary>
    public DirectoryPath OperatorLabDirectory { get; }

    /// <summary>The lab this run reads and writes: the operator's, or in a simulation a scratch copy of it under artifacts/.</summary>
    public DirectoryPath LabDirectory { get; }

    public LabManifests Lab { get; }

    /// <summary>What BuildTemplates built in this run, for PromoteStable.</summary>
    public List<TemplateOutcome> BuiltTemplates { get; } = [];
}
