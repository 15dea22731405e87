namespace HomeLab.Manifests;

/// <summary>Writes a stable manifest as a copy of an artifact, atomically, and records the move in the promotion log.</summary>
internal sealed class Promoter(LabLayout layout, TimeProvider time)
{
    /// <summary>Temporary files of a killed writer older than this are removed by the next promotion.</summary>
    private static readonly TimeSpan LeftoverAge = TimeSpan.FromMinutes(1);

    public PromotionResult Promote(string os, string artifactFileName, string action)
    {
        var fileName = ArtifactFileNames.Check(artifactFileName);
        var artifactPath = layout.ArtifactFile(os, fileName);
        if (!File.Exists(artifactPath))
        {
            throw new ManifestException(
                $"{layout.Display(artifactPath)}: no such artifact; choose one from {os}'s history (its artifacts folder).");
        }

        var artifact = ArtifactReader.Read(artifactPath, layout.Display(artifactPath));
        var family = FamilyOf(fileName, artifact);
        var stablePath = layout.StableManifestFile(os, family);
        var current = TryReadCurrent(os, family);

        if (current is { IsLegacySymlink: false } && current.PromotedFrom == fileName)
        {
            return Result(os, family, stablePath, current.PromotedFrom, fileName, current.PromotedAt, changed: false, replacedLink: false, action);
        }

        var promotedAt = TruncateToSeconds(time.GetUtcNow());
        var stable = artifact.Clone();
        stable.PromotedFrom = fileName;
        stable.PromotedAt = promotedAt;

        var specDirectory = layout.SpecDirectory(os);
        Directory.CreateDirectory(specDirectory);
        AtomicFile.DeleteLeftovers(specDirectory, Path.GetFileName(stablePath), LeftoverAge);
        AtomicFile.Replace(stablePath, stable.ToJson());

        PromotionLog.Append(layout.PromotionLogFile(os),
            new PromotionRecord(promotedAt, Path.GetFileName(stablePath), action, current?.PromotedFrom, fileName));

        return Result(os, family, stablePath, current?.PromotedFrom, fileName, promotedAt, changed: true,
            replacedLink: current?.IsLegacySymlink == true, action);
    }

    /// <summary>
    /// The artifact that was stable before the current one. The promotion log is replayed as a stack (each promotion pushes
    /// what it replaced, each rollback pops), so repeated rollbacks walk further back. Without a log that matches the
    /// current stable manifest (an older lab, or a stable manifest changed by hand), it is the newest artifact of the same
    /// family that is older than the current one.
    /// </summary>
    public string PreviousOf(string os, StableManifest current, IReadOnlyList<ArtifactEntry> history)
    {
        var display = layout.Display(current.Path);
        if (current.PromotedFrom is not { } currentName)
        {
            throw new ManifestException(
                $"{display}: does not say which artifact it was promoted from (no promoted_from); promote an artifact by name instead.");
        }

        var fromLog = PreviousFromLog(os, Path.GetFileName(current.Path), currentName);
        if (fromLog is not null)
        {
            return fromLog;
        }

        var family = history.Where(e => e.Family == current.Family).ToList();
        var index = family.FindIndex(e => e.FileName == currentName);
        if (index >= 0 && index + 1 < family.Count)
        {
            return family[index + 1].FileName;
        }

        throw new ManifestException(
            $"{display}: {currentName} is {os}'s oldest artifact, or no longer exists; there is no earlier one to roll back to.");
    }

    private string? PreviousFromLog(string os, string stableFileName, string currentName)
    {
        var records = PromotionLog.Read(layout.PromotionLogFile(os)).Where(r => r.Stable == stableFileName).ToList();
        if (records.Count == 0 || records[^1].To != currentName)
        {
            return null;
        }

        var replaced = new Stack<string>();
        foreach (var record in records)
        {
            if (record.Action == PromotionRecord.Rollback)
            {
                replaced.TryPop(out _);
            }
            else if (record.From is { } from && from != record.To)
            {
                replaced.Push(from);
            }
        }

        while (replaced.TryPop(out var candidate))
        {
            if (candidate != currentName && File.Exists(layout.ArtifactFile(os, candidate)))
            {
                return candidate;
            }
        }

        return null;
    }

    private StableManifest? TryReadCurrent(string os, ArtifactFamily family)
    {
        try
        {
            return StableManifestReader.TryRead(layout, os, family);
        }
        catch (ManifestException)
        {
            // A broken stable manifest is what a promotion repairs.
            return null;
        }
    }

    private static ArtifactFamily FamilyOf(string fileName, ArtifactManifest artifact) =>
        artifact.Kind is not null || !ArtifactFileNames.TryParseVmTemplate(fileName, out _, out _)
            ? artifact.Family
            : ArtifactFamily.VmTemplate;

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private static PromotionResult Result(string os, ArtifactFamily family, string stablePath, string? from, string to,
        DateTimeOffset? at, bool changed, bool replacedLink, string action) => new()
    {
        Os = os,
        Family = family,
        StableManifestPath = stablePath,
        From = from,
        To = to,
        PromotedAt = at,
        Changed = changed,
        ReplacedLegacySymlink = replacedLink,
        Action = action,
    };
}
