using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HomeLab.Manifests;

/// <summary>Who holds the lab lock: the content of <c>.homelab.lock</c>.</summary>
/// <param name="Pid">The holder's process id.</param>
/// <param name="Host">The machine it runs on.</param>
/// <param name="Since">When it took the lock (UTC, whole seconds).</param>
/// <param name="Purpose">What it is doing, e.g. <c>L1 Templates</c>.</param>
public sealed record LockHolder(int Pid, string Host, DateTimeOffset Since, string Purpose)
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>"pid 1234 on host x since 2026-11-26T12:00:00Z (L1 Templates)".</summary>
    public string Describe() => $"pid {Pid} on host {Host} since {FormatTime(Since)} ({Purpose})";

    public bool IsOnThisHost => string.Equals(Host, Environment.MachineName, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Tells apart two locks of one process taken in the same second for the same purpose, so that releasing an old one
    /// never removes a newer one. Null in lock files written by hand.
    /// </summary>
    internal string? Token { get; init; }

    internal static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    internal string ToJson() => new JsonObject
    {
        ["pid"] = Pid,
        ["host"] = Host,
        ["since"] = FormatTime(Since),
        ["purpose"] = Purpose,
        ["token"] = Token,
    }.ToJsonString(ManifestJson.File) + "\n";

    /// <summary>The holder in a lock file's text, or null when the text is not (yet) a complete lock.</summary>
    internal static LockHolder? TryParse(string text)
    {
        try
        {
            if (JsonNode.Parse(text) is JsonObject json &&
                json["pid"] is JsonValue pid && pid.TryGetValue<int>(out var pidValue) &&
                json["host"]?.GetValue<string>() is { } host &&
                DateTimeOffset.TryParse(json["since"]?.GetValue<string>(), CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var since))
            {
                return new LockHolder(pidValue, host, since, json["purpose"]?.GetValue<string>() ?? "unknown")
                {
                    Token = json["token"]?.GetValue<string>(),
                };
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            // Not a complete lock file.
        }

        return null;
    }
}
