namespace HomeLab.Manifests;

/// <summary>What a reference such as <c>ubuntu/stable</c> or <c>ubuntu/vm-template-20261126-120000.json</c> names.</summary>
public sealed record ResolvedArtifact
{
    /// <summary>The reference as given.</summary>
    public required string Reference { get; init; }

    public required string Os { get; init; }

    /// <summary>The artifact's file name; for <c>&lt;os&gt;/stable</c>, the artifact it was promoted from (null if unrecorded).</summary>
    public required string? ArtifactFileName { get; init; }

    /// <summary>The file that was read (absolute): the artifact, or the stable manifest.</summary>
    public required string Path { get; init; }

    public required ArtifactManifest Manifest { get; init; }

    /// <summary>Whether the reference named the stable manifest, or an artifact that is stable.</summary>
    public required bool IsStable { get; init; }
}
