namespace HomeLab.Manifests;

/// <summary>Which stable manifest an artifact is promoted into.</summary>
public enum ArtifactFamily
{
    /// <summary>A Proxmox VM template (cloud-image and packer builds): <c>vm-template-*.json</c>, promoted into <c>vm-template-stable.json</c>.</summary>
    VmTemplate,

    /// <summary>An ISO uploaded to the ISO storage: <c>&lt;iso-base-name&gt;.json</c>, promoted into <c>iso-manifest-stable.json</c>.</summary>
    Iso,
}
