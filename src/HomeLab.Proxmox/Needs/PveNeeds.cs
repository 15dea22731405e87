namespace HomeLab.Proxmox;

/// <summary>
/// A storage must allow a content type: <paramref name="NeededBy"/> says for what ("the cloud-image template of
/// ubuntu"), <paramref name="ChosenBy"/> where the storage was named (PVE_STORAGE_ISO, or a template.json).
/// </summary>
public sealed record PveContentNeed(string Storage, string Content, string NeededBy, string ChosenBy);

/// <summary>The node must run a release with <paramref name="Feature"/>, for <paramref name="NeededBy"/>.</summary>
public sealed record PveFeatureNeed(PveFeature Feature, string NeededBy);

/// <summary>What a run's layers need of the Proxmox node, beyond reaching it: storage content and features.</summary>
public sealed record PveNeeds(IReadOnlyList<PveContentNeed> Content, IReadOnlyList<PveFeatureNeed> Features)
{
    public static PveNeeds None { get; } = new([], []);

    public bool IsEmpty => Content.Count == 0 && Features.Count == 0;

    /// <summary>The needs that remain after leaving out <paramref name="covered"/> (checked elsewhere).</summary>
    public PveNeeds Except(Func<PveContentNeed, bool> covered) => this with { Content = Content.Where(need => !covered(need)).ToList() };
}
