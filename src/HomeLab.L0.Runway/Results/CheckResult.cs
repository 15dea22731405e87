namespace HomeLab.L0.Runway.Results;

/// <summary>
/// What one check found. A check may fail for several reasons at once; each one is a line of
/// <see cref="Failures"/>, and each warning a line of <see cref="Warnings"/>.
/// </summary>
public sealed record CheckResult
{
    public required string Name { get; init; }

    public required CheckStatus Status { get; init; }

    public required string Detail { get; init; }

    public IReadOnlyList<string> Failures { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static CheckResult Ok(string name, string detail) =>
        new() { Name = name, Status = CheckStatus.Ok, Detail = detail };

    public static CheckResult Skipped(string name, string why) =>
        new() { Name = name, Status = CheckStatus.Skipped, Detail = why };

    public static CheckResult Fail(string name, params IReadOnlyList<string> reasons) =>
        new() { Name = name, Status = CheckStatus.Fail, Detail = string.Join(" ", reasons), Failures = reasons };

    /// <summary>
    /// FAIL when any reason is given, else WARN when any warning is given, else OK with <paramref name="okDetail"/>.
    /// <paramref name="detail"/>, when given, is shown whatever the status; otherwise the reasons or warnings are.
    /// </summary>
    public static CheckResult From(string name, IReadOnlyList<string> failures, IReadOnlyList<string> warnings, string okDetail, string? detail = null)
    {
        if (failures.Count > 0)
        {
            return new() { Name = name, Status = CheckStatus.Fail, Detail = detail ?? string.Join(" ", failures), Failures = failures, Warnings = warnings };
        }

        if (warnings.Count > 0)
        {
            return new() { Name = name, Status = CheckStatus.Warn, Detail = detail ?? string.Join(" ", warnings), Warnings = warnings };
        }

        return Ok(name, detail ?? okDetail);
    }

    internal CheckResult Redacted(Func<string, string> redact) => this with
    {
        Detail = redact(Detail),
        Failures = Failures.Select(redact).ToList(),
        Warnings = Warnings.Select(redact).ToList(),
    };
}
