namespace HomeLab.Manifests;

/// <summary>A persona's spec, <c>infra/os/&lt;os&gt;/personas/&lt;persona&gt;/spec/terraform.json</c>: the hosts of one OS/role.</summary>
public sealed class PersonaSpec
{
    public required string Os { get; init; }

    public required string Persona { get; init; }

    /// <summary>The spec's path (absolute).</summary>
    public required string Path { get; init; }

    /// <summary>The spec's path as messages show it: relative to the lab root, with forward slashes.</summary>
    public required string DisplayPath { get; init; }

    /// <summary>The hosts, in the order the file lists them.</summary>
    public required IReadOnlyList<PersonaHost> Hosts { get; init; }

    public PersonaId Id => new(Os, Persona);
}
