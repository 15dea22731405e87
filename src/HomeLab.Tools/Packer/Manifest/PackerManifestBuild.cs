namespace HomeLab.Tools.Packer;

/// <summary>One entry of the <c>builds</c> array of <c>packer-manifest.json</c>.</summary>
/// <param name="Name">The source's name, e.g. <c>ubuntu</c> for <c>source "proxmox-iso" "ubuntu"</c>.</param>
/// <param name="BuilderType">e.g. <c>proxmox-iso</c>, <c>proxmox-clone</c>, <c>null</c>.</param>
/// <param name="BuildTime">When the build finished; <c>null</c> when the manifest has no build_time.</param>
/// <param name="ArtifactId">What the builder made; for the proxmox builders the template's VMID.</param>
/// <param name="PackerRunUuid">The run that produced this entry; compare with <see cref="PackerManifest.LastRunUuid"/>.</param>
/// <param name="CustomData">The manifest post-processor's custom_data.</param>
/// <param name="Files">The files the build produced (none for the proxmox builders).</param>
public sealed record PackerManifestBuild(
    string Name,
    string BuilderType,
    DateTimeOffset? BuildTime,
    string ArtifactId,
    string PackerRunUuid,
    IReadOnlyDictionary<string, string> CustomData,
    IReadOnlyList<PackerManifestFile> Files)
{
    /// <summary>The VMID in <see cref="ArtifactId"/> (<c>9000</c>, or leniently <c>pve:9000</c>); <c>null</c> when it holds none.</summary>
    public int? Vmid => PackerArtifactId.TryParseVmid(ArtifactId, out var vmid) ? vmid : null;
}
