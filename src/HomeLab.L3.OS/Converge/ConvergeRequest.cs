namespace HomeLab.L3.OS;

/// <summary>
/// What one playbook run of L3 or L4 is asked to do, as the original <c>converge.sh</c> took it: a group
/// (<c>-e converge_group=&lt;group&gt;</c>), tags, a limit and check mode, plus what Reboot and Shutdown add.
/// </summary>
public sealed record ConvergeRequest
{
    /// <summary>The layer: where the playbook and the artifacts are (Reboot and Shutdown are L3).</summary>
    public required ConvergeLayer Layer { get; init; }

    /// <summary>The inventory group to converge, handed to the playbook as <c>converge_group</c>.</summary>
    public required string Group { get; init; }

    /// <summary>The playbook to run.</summary>
    public ConvergeOperation Operation { get; init; } = ConvergeOperation.Converge;

    /// <summary>Only these tags (<c>--tags</c>); empty runs every task.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Only these hosts of the group (<c>--limit</c>); null for all of them.</summary>
    public string? Limit { get; init; }

    /// <summary>Change nothing: <c>--check</c> plus <c>--diff</c>.</summary>
    public bool Check { get; init; }

    /// <summary><c>--diff</c> without check mode (the reboot's dryrun).</summary>
    public bool Diff { get; init; }

    /// <summary><c>--forks N</c> when above 0 (the forced reboot's one host at a time).</summary>
    public int Forks { get; init; }

    /// <summary>Extra vars besides <c>converge_group</c> (the reboot's and the shutdown's).</summary>
    public IReadOnlyDictionary<string, string> ExtraVars { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A reboot of <paramref name="group"/> with the original's mapping of <paramref name="action"/>.</summary>
    public static ConvergeRequest Reboot(string group, RebootAction action, IReadOnlyList<string> tags, string? limit)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new ConvergeRequest
        {
            Layer = ConvergeLayer.L3,
            Group = group,
            Operation = ConvergeOperation.Reboot,
            Tags = tags,
            Limit = limit,
            Diff = action.Diff,
            Forks = action.Forks ?? 0,
            ExtraVars = action.ExtraVars,
        };
    }

    /// <summary>
    /// A shutdown of <paramref name="group"/>: <c>shutdown_action=now</c> only when <paramref name="confirmed"/>,
    /// otherwise the playbook shuts nothing down.
    /// </summary>
    public static ConvergeRequest Shutdown(string group, bool confirmed, IReadOnlyList<string> tags, string? limit) => new()
    {
        Layer = ConvergeLayer.L3,
        Group = group,
        Operation = ConvergeOperation.Shutdown,
        Tags = tags,
        Limit = limit,
        ExtraVars = confirmed
            ? new Dictionary<string, string>(StringComparer.Ordinal) { [ShutdownActionVariable] = "now" }
            : new Dictionary<string, string>(StringComparer.Ordinal),
    };

    /// <summary>The extra var that makes the shutdown playbook act.</summary>
    public const string ShutdownActionVariable = "shutdown_action";

    /// <summary>The extra var naming the group the playbook's <c>hosts:</c> reads.</summary>
    public const string GroupVariable = "converge_group";

    /// <summary>What the request is, for titles and messages, e.g. <c>L3 converge ubuntu_docker</c>.</summary>
    public string Title => Operation switch
    {
        ConvergeOperation.Reboot => $"Reboot {Group}",
        ConvergeOperation.Shutdown => $"Shutdown {Group}",
        _ => $"{Layer} converge {Group}",
    };
}
