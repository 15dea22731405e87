namespace HomeLab.Manifests;

/// <summary>How L1 builds an OS's template: the <c>kind</c> of its template.json.</summary>
public enum TemplateKind
{
    /// <summary><c>cloud-image</c>: a distribution's cloud image imported into a VM through the Proxmox API.</summary>
    CloudImage,

    /// <summary><c>iso</c>: an ISO, optionally built by a command, uploaded to the ISO storage.</summary>
    Iso,

    /// <summary><c>packer</c>: a Packer build in the OS's packer folder.</summary>
    Packer,
}

/// <summary>The wire names of <see cref="TemplateKind"/>, as template.json and the manifests spell them.</summary>
public static class TemplateKinds
{
    public const string CloudImage = "cloud-image";
    public const string Iso = "iso";
    public const string Packer = "packer";

    public static string ToWireName(this TemplateKind kind) => kind switch
    {
        TemplateKind.CloudImage => CloudImage,
        TemplateKind.Iso => Iso,
        TemplateKind.Packer => Packer,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? wireName, out TemplateKind kind)
    {
        switch (wireName)
        {
            case CloudImage:
                kind = TemplateKind.CloudImage;
                return true;
            case Iso:
                kind = TemplateKind.Iso;
                return true;
            case Packer:
                kind = TemplateKind.Packer;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    /// <summary>The stable manifest a build of this kind is promoted into.</summary>
    public static ArtifactFamily Family(this TemplateKind kind) =>
        kind == TemplateKind.Iso ? ArtifactFamily.Iso : ArtifactFamily.VmTemplate;
}
