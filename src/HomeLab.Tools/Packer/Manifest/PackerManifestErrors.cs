using Cake.Core;

namespace HomeLab.Tools.Packer;

/// <summary>The one-line errors of reading <c>packer-manifest.json</c>.</summary>
internal static class PackerManifestErrors
{
    public static CakeException Missing(string path) => new(
        $"There is no packer manifest at {path}; the packer template needs a post-processor \"manifest\" writing it, and a build must have run.");

    public static CakeException Unreadable(string path, string reason) => new(
        $"The packer manifest {path} could not be read ({reason}).");

    public static CakeException InvalidJson(string path, long? line, string problem) => new(
        $"The packer manifest {path} is not valid JSON (line {(line ?? 0) + 1}: {problem}); delete it and build again.");

    public static CakeException NotAManifest(string path, string problem) => new(
        $"The packer manifest {path} {problem}; delete it and build again.");

    public static CakeException NoBuilds(string path) => new(
        $"The packer manifest {path} lists no builds; run the packer build again.");

    public static CakeException NotAVmid(string path, PackerManifestBuild build) => new(
        $"In the packer manifest {path}, build '{build.Name}' ({build.BuilderType}) has the artifact_id '{build.ArtifactId}', " +
        "which is not a Proxmox VMID; build the template with a proxmox builder (proxmox-iso or proxmox-clone).");
}
