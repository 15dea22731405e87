namespace HomeLab.L0.Runway;

/// <summary>Replaces the token secret in any text the runway prints or writes.</summary>
public sealed class SecretRedactor(IEnumerable<string?> secrets)
{
    public const string Mask = "[REDACTED]";

    // A very short "secret" (a placeholder such as "x") would mangle ordinary text; real secrets are UUIDs.
    private const int MinimumLength = 6;

    private readonly IReadOnlyList<string> _secrets = secrets
        .Where(s => s is not null && s.Trim().Length >= MinimumLength)
        .Select(s => s!.Trim())
        .Distinct(StringComparer.Ordinal)
        .ToList();

    public string Redact(string text) =>
        _secrets.Aggregate(text, (current, secret) => current.Replace(secret, Mask, StringComparison.Ordinal));

    public string? RedactOrNull(string? text) => text is null ? null : Redact(text);
}
