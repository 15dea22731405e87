namespace HomeLab.Manifests;

/// <summary>The field names of artifacts and stable manifests, as the original tooling (and Terraform) spell them.</summary>
public static class ArtifactFields
{
    // Added by HomeLab.
    public const string Os = "os";
    public const string Kind = "kind";
    public const string PveVersion = "pve_version";

    // VM template builds (cloud-image and packer).
    public const string CreatedAt = "created_at";
    public const string Description = "description";
    public const string Name = "name";
    public const string Node = "node";
    public const string Storage = "storage";
    public const string Vmid = "vmid";
    public const string CloudImageUrl = "cloud_image_url";
    public const string CloudImageSha256 = "cloud_image_sha256";

    // ISO builds.
    public const string IsoName = "iso_name";
    public const string BuiltAt = "built_at";
    public const string GitSha = "git_sha";
    public const string ProxmoxNode = "proxmox_node";
    public const string ProxmoxStorage = "proxmox_storage";
    public const string UploaderHost = "uploader_host";

    // Stable manifests only.
    public const string PromotedFrom = "promoted_from";
    public const string PromotedAt = "promoted_at";
}
