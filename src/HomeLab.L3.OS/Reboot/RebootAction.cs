namespace HomeLab.L3.OS;

/// <summary>
/// What <c>--action</c> (or REBOOT_ACTION) asks of the reboot playbook, mapped exactly as the original tooling did:
/// dryrun reports with <c>--diff</c>, check reboots where required, force reboots every host one at a time.
/// </summary>
public sealed record RebootAction(string Name, string RebootActionVariable, bool ForceReboot, bool Diff, int? Forks)
{
    public const string Default = "dryrun";

    public static RebootAction DryRun { get; } = new("dryrun", "dryrun", ForceReboot: false, Diff: true, Forks: null);

    public static RebootAction Check { get; } = new("check", "check", ForceReboot: false, Diff: false, Forks: null);

    /// <summary>One host at a time, to reduce SSH churn.</summary>
    public static RebootAction Force { get; } = new("force", "check", ForceReboot: true, Diff: false, Forks: 1);

    /// <summary>The action a value names (case-insensitive; unset or blank is dryrun).</summary>
    /// <exception cref="ArgumentException">Any other value, with the one-line fix.</exception>
    public static RebootAction Parse(string? value) => (string.IsNullOrWhiteSpace(value) ? Default : value.Trim()).ToLowerInvariant() switch
    {
        "dryrun" => DryRun,
        "check" => Check,
        "force" => Force,
        _ => throw new ArgumentException($"'{value}' is not a reboot action; use --action=dryrun (report only), check (reboot where required) or force (reboot every host, one at a time)."),
    };

    /// <summary>The playbook's extra vars: <c>reboot_action</c> and <c>force_reboot</c>.</summary>
    public IReadOnlyDictionary<string, string> ExtraVars => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["reboot_action"] = RebootActionVariable,
        ["force_reboot"] = ForceReboot ? "true" : "false",
    };
}
