using System.Globalization;

namespace HomeLab.Manifests;

/// <summary>
/// The names of artifact files. A VM template build is <c>vm-template-&lt;yyyyMMdd-HHmmss&gt;.json</c> (UTC); a second build
/// in the same second gets <c>-2</c>, <c>-3</c>… before <c>.json</c>. An ISO build is <c>&lt;iso-base-name&gt;.json</c>, with the
/// same suffixes when that ISO name was built before.
/// </summary>
public static class ArtifactFileNames
{
    public const string VmTemplatePrefix = "vm-template-";
    public const string Extension = ".json";
    private const string TimestampFormat = "yyyyMMdd-HHmmss";

    /// <summary>The first-choice name of a VM template artifact built at <paramref name="builtAt"/>.</summary>
    public static string ForVmTemplate(DateTimeOffset builtAt) =>
        VmTemplatePrefix + builtAt.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture) + Extension;

    /// <summary>The first-choice name of the artifact of an ISO: its file name without <c>.iso</c>, plus <c>.json</c>.</summary>
    public static string ForIso(string isoName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(isoName);
        var baseName = Path.GetFileName(isoName);
        if (baseName.EndsWith(".iso", StringComparison.OrdinalIgnoreCase))
        {
            baseName = baseName[..^4];
        }

        return Check(baseName + Extension);
    }

    /// <summary><paramref name="fileName"/> with <c>-2</c>, <c>-3</c>… inserted before <c>.json</c>; <paramref name="attempt"/> 1 is the name itself.</summary>
    public static string WithSequence(string fileName, int attempt) =>
        attempt <= 1 ? fileName : fileName[..^Extension.Length] + "-" + attempt.ToString(CultureInfo.InvariantCulture) + Extension;

    /// <summary>
    /// Accepts an artifact's file name as an operator types it (the <c>.json</c> may be left off) and returns it with its
    /// extension; refuses anything that is not a plain file name inside the artifacts folder.
    /// </summary>
    public static string Check(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = fileName.EndsWith(Extension, StringComparison.Ordinal) ? fileName : fileName + Extension;
        if (name.Length <= Extension.Length || name.StartsWith('.') || name.IndexOfAny(['/', '\\', '\0']) >= 0)
        {
            throw new ManifestException(
                $"'{fileName}' is not an artifact file name: give a file name from the OS's artifacts folder, such as vm-template-20260101-120000.json.");
        }

        return name;
    }

    /// <summary>Whether the name is an artifact's (a visible <c>.json</c> file); temporary and hidden files are not.</summary>
    public static bool IsArtifact(ReadOnlySpan<char> fileName) =>
        fileName.EndsWith(Extension, StringComparison.Ordinal) && fileName.Length > Extension.Length && fileName[0] != '.';

    /// <summary>
    /// Reads the build time and sequence out of a VM template artifact's name, without opening the file.
    /// Returns false for other names (ISO artifacts).
    /// </summary>
    public static bool TryParseVmTemplate(string fileName, out DateTimeOffset builtAt, out int sequence) =>
        TryParseVmTemplate(fileName.AsSpan(), out builtAt, out sequence);

    /// <summary>
    /// <see cref="TryParseVmTemplate(string, out DateTimeOffset, out int)"/> on a span: parsed by hand, because listing
    /// thousands of artifacts parses thousands of names.
    /// </summary>
    public static bool TryParseVmTemplate(ReadOnlySpan<char> fileName, out DateTimeOffset builtAt, out int sequence)
    {
        builtAt = default;
        sequence = 0;

        // vm-template-yyyyMMdd-HHmmss[-N].json
        if (!fileName.StartsWith(VmTemplatePrefix, StringComparison.Ordinal) || !fileName.EndsWith(Extension, StringComparison.Ordinal))
        {
            return false;
        }

        var stamp = fileName[VmTemplatePrefix.Length..^Extension.Length];
        if (stamp.Length < 15 || stamp[8] != '-' ||
            !TryDigits(stamp[..4], out var year) || !TryDigits(stamp[4..6], out var month) || !TryDigits(stamp[6..8], out var day) ||
            !TryDigits(stamp[9..11], out var hour) || !TryDigits(stamp[11..13], out var minute) || !TryDigits(stamp[13..15], out var second))
        {
            return false;
        }

        var suffix = stamp[15..];
        if (suffix.IsEmpty)
        {
            sequence = 1;
        }
        else if (suffix.Length is < 2 or > 10 || suffix[0] != '-' || suffix[1] == '0' || !TryDigits(suffix[1..], out sequence))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        builtAt = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
