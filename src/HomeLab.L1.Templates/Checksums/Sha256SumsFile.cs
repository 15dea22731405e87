using System.Text.RegularExpressions;

namespace HomeLab.L1.Templates;

/// <summary>
/// A distribution's SHA256SUMS file: lines of <c>&lt;hex&gt; *&lt;name&gt;</c> or <c>&lt;hex&gt;  &lt;name&gt;</c> (sha256sum's
/// binary and text modes), or the BSD form <c>SHA256 (&lt;name&gt;) = &lt;hex&gt;</c>.
/// </summary>
internal static partial class Sha256SumsFile
{
    /// <summary>The lower-case SHA-256 listed for <paramref name="fileName"/>, or null when it is not listed.</summary>
    public static string? Find(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            var match = GnuLine().Match(line);
            if (!match.Success)
            {
                match = BsdLine().Match(line);
            }

            if (match.Success && NameOf(match.Groups["name"].Value) == fileName)
            {
                return match.Groups["hash"].Value.ToLowerInvariant();
            }
        }

        return null;
    }

    // Listed names may carry a "./" prefix.
    private static string NameOf(string listed) => listed.StartsWith("./", StringComparison.Ordinal) ? listed[2..] : listed;

    [GeneratedRegex(@"^(?<hash>[0-9A-Fa-f]{64}) [ *](?<name>.+)$")]
    private static partial Regex GnuLine();

    [GeneratedRegex(@"^SHA256 \((?<name>.+)\) = (?<hash>[0-9A-Fa-f]{64})$")]
    private static partial Regex BsdLine();
}
