using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace HomeLab.Proxmox;

/// <summary>
/// A Proxmox task id: <c>UPID:&lt;node&gt;:&lt;pid&gt;:&lt;pstart&gt;:&lt;starttime&gt;:&lt;type&gt;:&lt;id&gt;:&lt;user&gt;:</c>, with pid and
/// starttime as 8 hex digits, pstart as 8 or 9, an id that may be empty, and a trailing colon. The text is kept as the
/// server wrote it, because the task's status and log are addressed by it.
/// </summary>
public readonly partial struct Upid : IEquatable<Upid>
{
    private readonly string? _text;

    private Upid(string text, string node, int pid, long pstart, long startTime, string type, string id, string user)
    {
        _text = text;
        Node = node;
        Pid = pid;
        PStart = pstart;
        StartTime = startTime;
        Type = type;
        Id = id;
        User = user;
    }

    /// <summary>The node that runs the task; its status and log live there only.</summary>
    public string Node { get; }

    public int Pid { get; }

    public long PStart { get; }

    /// <summary>Unix seconds.</summary>
    public long StartTime { get; }

    public DateTimeOffset Started => DateTimeOffset.FromUnixTimeSeconds(StartTime);

    /// <summary>qmcreate, qmtemplate, qmdestroy, qmstop, imgcopy, download …</summary>
    public string Type { get; }

    /// <summary>The task's object, e.g. the vmid; empty for uploads.</summary>
    public string Id { get; }

    /// <summary>Who started it: a user, or a full token id such as <c>root@pam!packer</c>.</summary>
    public string User { get; }

    /// <summary>"qmcreate 9000 on pve", or "imgcopy on pve" when the id is empty: for messages.</summary>
    public string Description => Id.Length == 0 ? $"{Type} on {Node}" : $"{Type} {Id} on {Node}";

    public static Upid Parse(string text) =>
        TryParse(text, out var upid) ? upid : throw new FormatException($"'{text}' is not a Proxmox task id (UPID:node:pid:pstart:starttime:type:id:user:).");

    public static bool TryParse([NotNullWhen(true)] string? text, out Upid upid)
    {
        upid = default;
        var match = text is null ? null : Pattern().Match(text);
        if (match is not { Success: true })
        {
            return false;
        }

        upid = new Upid(
            text!,
            match.Groups["node"].Value,
            int.Parse(match.Groups["pid"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            long.Parse(match.Groups["pstart"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            long.Parse(match.Groups["start"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            match.Groups["type"].Value,
            match.Groups["id"].Value,
            match.Groups["user"].Value);
        return true;
    }

    /// <summary>Formats a UPID as Proxmox does: upper-case, zero-padded hex.</summary>
    public static Upid Create(string node, int pid, long pstart, long startTime, string type, string id, string user) =>
        Parse(string.Create(CultureInfo.InvariantCulture, $"UPID:{node}:{pid:X8}:{pstart:X8}:{startTime:X8}:{type}:{id}:{user}:"));

    public static bool operator ==(Upid left, Upid right) => left.Equals(right);

    public static bool operator !=(Upid left, Upid right) => !left.Equals(right);

    public bool Equals(Upid other) => string.Equals(_text, other._text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is Upid other && Equals(other);

    public override int GetHashCode() => _text is null ? 0 : StringComparer.Ordinal.GetHashCode(_text);

    public override string ToString() => _text ?? string.Empty;

    [GeneratedRegex(@"^UPID:(?<node>[A-Za-z0-9][A-Za-z0-9\-]*):(?<pid>[0-9A-Fa-f]{8}):(?<pstart>[0-9A-Fa-f]{8,9}):(?<start>[0-9A-Fa-f]{8}):(?<type>[^:\s/]+):(?<id>[^:\s/]*):(?<user>[^:\s/]+):$")]
    private static partial Regex Pattern();
}
