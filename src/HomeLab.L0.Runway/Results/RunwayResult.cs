namespace HomeLab.L0.Runway.Results;

/// <summary>Everything one runway run found. Safe to print and to write: the token secret is redacted from every text.</summary>
public sealed record RunwayResult
{
    public required RunwayStatus Status { get; init; }

    /// <summary>PVE_ACCESS_HOST as given.</summary>
    public string? ProxmoxHost { get; init; }

    /// <summary>The API base URL derived from <see cref="ProxmoxHost"/>.</summary>
    public string? ApiUrl { get; init; }

    public string? Node { get; init; }

    /// <summary>The full pve-manager version from GET /version, e.g. "9.2.11".</summary>
    public string? PveVersion { get; init; }

    public string? Bridge { get; init; }

    public StorageReport Storage { get; init; } = new(null, null);

    public IReadOnlyList<ToolReport> Tools { get; init; } = [];

    public IReadOnlyList<CheckResult> Checks { get; init; } = [];

    /// <summary>Every reason the run failed, in check order.</summary>
    public IReadOnlyList<string> Failures { get; init; } = [];

    /// <summary>The checks' warnings, in check order: things that did not fail the run but deserve a look.</summary>
    public IReadOnlyList<string> Warnings => Checks.SelectMany(check => check.Warnings).ToList();

    /// <summary>Warnings and notes: things that did not fail the run but deserve a look.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>The raw API answers, keyed by the file name they are written under (e.g. nodes.json).</summary>
    public IReadOnlyDictionary<string, string> RawResponses { get; init; } = new Dictionary<string, string>();

    public bool IsOk => Status == RunwayStatus.Ok;
}
