using System.Text.RegularExpressions;

namespace HomeLab.Tools.Ansible;

/// <summary>Reads ansible's human output: strips its colour codes and finds what went wrong.</summary>
public static partial class AnsibleOutputText
{
    /// <summary><paramref name="line"/> without ANSI escape sequences (ansible colours with <c>ESC[0;31m</c> and the like).</summary>
    public static string StripAnsi(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Contains('\u001b', StringComparison.Ordinal) ? AnsiEscape().Replace(line, string.Empty) : line;
    }

    /// <summary>
    /// What went wrong, in one line: ansible's first <c>ERROR!</c> line with the place it points at ("The error appears
    /// to be in 'file': line 3, column 17"), else its command-line error (<c>ansible-playbook: error: …</c>), else the
    /// last line it printed. <c>null</c> when it printed nothing.
    /// </summary>
    public static string? FailureDetail(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var clean = lines.Select(line => StripAnsi(line).Trim()).Where(line => line.Length > 0).ToList();
        var error = clean.FirstOrDefault(line => line.StartsWith("ERROR!", StringComparison.Ordinal));
        if (error is not null)
        {
            var place = clean.Select(line => ErrorPlace().Match(line)).FirstOrDefault(match => match.Success);
            var text = error.TrimEnd(':', '.');
            return place is null ? text : $"{text} (in {place.Groups["file"].Value}, line {place.Groups["line"].Value}, column {place.Groups["column"].Value})";
        }

        var usage = clean.LastOrDefault(line => UsageError().IsMatch(line));
        return (usage ?? clean.LastOrDefault())?.TrimEnd('.');
    }

    [GeneratedRegex(@"\u001b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex AnsiEscape();

    [GeneratedRegex(@"^The error appears to be in '(?<file>[^']+)': line (?<line>\d+), column (?<column>\d+)")]
    private static partial Regex ErrorPlace();

    [GeneratedRegex(@"^ansible(-[a-z]+)?: error: ")]
    private static partial Regex UsageError();
}
