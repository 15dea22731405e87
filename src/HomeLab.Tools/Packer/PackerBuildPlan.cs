using Cake.Core;

namespace HomeLab.Tools.Packer;

/// <summary>
/// Whether to run packer build, or, with <c>SKIP_BUILD=1</c> as in the original tooling, reuse the template the last
/// build made (the VMID in <c>packer-manifest.json</c>).
/// </summary>
/// <param name="Build">True to run packer build.</param>
/// <param name="ReusedBuild">With SKIP_BUILD=1, the manifest entry whose template is reused.</param>
/// <param name="Reason">One line saying what will happen and why, for the log.</param>
public sealed record PackerBuildPlan(bool Build, PackerManifestBuild? ReusedBuild, string Reason)
{
    /// <summary>Set to exactly <c>1</c> to skip the build.</summary>
    public const string SkipBuildVariable = "SKIP_BUILD";

    /// <summary>The VMID reused instead of building; <c>null</c> when building.</summary>
    public int? ReusedVmid => ReusedBuild?.Vmid;

    /// <summary>Decides from the value of SKIP_BUILD and the manifest the last build wrote.</summary>
    /// <exception cref="CakeException">SKIP_BUILD=1 but the manifest is missing, broken or holds no VMID (one line).</exception>
    public static PackerBuildPlan Decide(string? skipBuild, string manifestPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(manifestPath);
        var value = skipBuild?.Trim();
        if (value != "1")
        {
            var why = string.IsNullOrEmpty(value) ? $"{SkipBuildVariable} is not set" : $"{SkipBuildVariable}={value} is not 1";
            return new PackerBuildPlan(true, null, $"Building with packer: {why}.");
        }

        var fullPath = Path.GetFullPath(manifestPath);
        if (!File.Exists(fullPath))
        {
            throw new CakeException(
                $"{SkipBuildVariable}=1 reuses the last packer build, but there is no packer manifest at {fullPath}; unset {SkipBuildVariable} to build.");
        }

        var manifest = PackerManifest.Read(fullPath);
        var vmid = manifest.SelectVmid();
        var build = manifest.SelectBuild();
        return new PackerBuildPlan(false, build,
            $"Skipping packer build ({SkipBuildVariable}=1): reusing VMID {vmid} from build '{build.Name}' ({build.BuilderType}) in {fullPath}.");
    }
}
