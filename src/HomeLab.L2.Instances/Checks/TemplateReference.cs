using HomeLab.Manifests;

namespace HomeLab.L2.Instances.Checks;

/// <summary>
/// A host's <c>template_ref</c>: <c>&lt;os&gt;/&lt;persona&gt;/stable</c> or <c>&lt;os&gt;/stable</c>. Either names the OS's stable
/// VM template manifest, <c>infra/os/&lt;os&gt;/spec/vm-template-stable.json</c>, as the Terraform roots map it.
/// </summary>
public sealed record TemplateReference(string Os, string? Persona)
{
    public const string Stable = "stable";

    /// <summary>The reference, or null when it has neither form.</summary>
    public static TemplateReference? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts[^1] != Stable || parts.Length is < 2 or > 3 || !parts[..^1].All(LabLayout.IsFolderName))
        {
            return null;
        }

        return new TemplateReference(parts[0], parts.Length == 3 ? parts[1] : null);
    }

    public override string ToString() => Persona is null ? $"{Os}/{Stable}" : $"{Os}/{Persona}/{Stable}";
}
