using Cake.Core;
using Cake.Core.IO;
using Cake.Frosting;

namespace HomeLab.Build;

/// <summary>What every HomeLab task needs: where artifacts go and whether this run only simulates.</summary>
public class BuildContext : FrostingContext
{
    public BuildContext(ICakeContext context)
        : base(context)
    {
        ArtifactsDirectory = context.Environment.WorkingDirectory.Combine("artifacts");
        IsSimulation = Switches.IsOn(context.Arguments, "simulate");
    }

    /// <summary><c>artifacts/</c> under the working directory (the repository root when run through build.sh).</summary>
    public DirectoryPath ArtifactsDirectory { get; }

    /// <summary><c>--simulate</c>: run against the simulated Proxmox instead of the real one.</summary>
    public bool IsSimulation { get; }
}
