using System.Globalization;
using System.Text.RegularExpressions;

namespace HomeLab.Tools.Ansible.Recap;

/// <summary>
/// Reads the PLAY RECAP out of what <c>ansible-playbook</c> printed, coloured or not:
/// <c>web1                       : ok=4    changed=2    unreachable=0    failed=0    skipped=2    rescued=1    ignored=1</c>.
/// </summary>
public static partial class AnsibleRecapText
{
    /// <summary>The header line that starts the recap.</summary>
    public const string Header = "PLAY RECAP";

    /// <summary>The recap's rows, from the lines after the last header; <see cref="AnsibleRecap.Empty"/> when there is none.</summary>
    public static AnsibleRecap Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        List<AnsibleHostRecap>? rows = null;
        foreach (var raw in lines)
        {
            var line = AnsibleOutputText.StripAnsi(raw).TrimEnd();
            if (IsHeader(line))
            {
                rows = [];
                continue;
            }

            if (rows is not null && Row(line) is { } row)
            {
                rows.Add(row);
            }
        }

        return rows is null or { Count: 0 } ? AnsibleRecap.Empty : new AnsibleRecap(rows);
    }

    /// <summary>Whether <paramref name="line"/> (without colour) is the recap's header.</summary>
    public static bool IsHeader(string line) => line.StartsWith(Header, StringComparison.Ordinal);

    /// <summary>One host's row; <c>null</c> when <paramref name="line"/> is not one.</summary>
    public static AnsibleHostRecap? Row(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var match = RowPattern().Match(AnsibleOutputText.StripAnsi(line).Trim());
        if (!match.Success)
        {
            return null;
        }

        var counts = Counts().Matches(match.Groups["counts"].Value)
            .ToDictionary(m => m.Groups["name"].Value, m => int.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        int Count(string name) => counts.GetValueOrDefault(name);
        return new AnsibleHostRecap(
            match.Groups["host"].Value,
            Count("ok"), Count("changed"), Count("unreachable"), Count("failed"), Count("skipped"), Count("rescued"), Count("ignored"));
    }

    [GeneratedRegex(@"^(?<host>\S(?:.*?\S)?)\s*:\s+(?<counts>ok=\d+(?:\s+[a-z]+=\d+)*)$")]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"(?<name>[a-z]+)=(?<value>\d+)")]
    private static partial Regex Counts();
}
