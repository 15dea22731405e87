namespace HomeLab.Manifests;

/// <summary>What a promotion did.</summary>
public sealed record PromotionResult
{
    public required string Os { get; init; }

    public required ArtifactFamily Family { get; init; }

    /// <summary>The stable manifest's path (absolute).</summary>
    public required string StableManifestPath { get; init; }

    /// <summary>The artifact that was stable before; null when there was none or it could not be read.</summary>
    public required string? From { get; init; }

    /// <summary>The artifact that is stable now.</summary>
    public required string To { get; init; }

    /// <summary>When the stable manifest was written; for an unchanged one, when it was written before.</summary>
    public required DateTimeOffset? PromotedAt { get; init; }

    /// <summary>False when <see cref="To"/> was already stable (as HomeLab's copy) and nothing was written.</summary>
    public required bool Changed { get; init; }

    /// <summary>True when the original tooling's symbolic link was replaced by a copy.</summary>
    public required bool ReplacedLegacySymlink { get; init; }

    /// <summary><see cref="PromotionRecord.Promote"/> or <see cref="PromotionRecord.Rollback"/>.</summary>
    public required string Action { get; init; }

    /// <summary>One line for the log, e.g. "ubuntu: stable manifest now points to vm-template-….json (was …)".</summary>
    public string Describe() => Changed
        ? $"{Os}: stable manifest now points to {To}" + (From is null ? "" : $" (was {From})")
        : $"{Os}: {To} is already stable; nothing changed.";
}
