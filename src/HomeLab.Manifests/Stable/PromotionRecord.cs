namespace HomeLab.Manifests;

/// <summary>One line of <c>spec/promotions.log</c>: a stable manifest moved from one artifact to another.</summary>
/// <param name="At">When (UTC).</param>
/// <param name="Stable">The stable manifest's file name, e.g. vm-template-stable.json.</param>
/// <param name="Action"><see cref="Promote"/> or <see cref="Rollback"/>.</param>
/// <param name="From">The artifact that was stable before; null when there was none (or it could not be read).</param>
/// <param name="To">The artifact that is stable since.</param>
public sealed record PromotionRecord(DateTimeOffset At, string Stable, string Action, string? From, string To)
{
    public const string Promote = "promote";
    public const string Rollback = "rollback";
}
