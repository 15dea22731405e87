using System.Globalization;
using System.Text.RegularExpressions;

namespace HomeLab.Tools.Ansible;

/// <summary>Reads the version from what <c>ansible-playbook --version</c> prints.</summary>
public static partial class AnsibleVersionText
{
    /// <example>
    /// "ansible-playbook [core 2.14.18]" → 2.14.18; "ansible-playbook [core 2.17.0rc1]" → 2.17.0; "ansible-playbook 2.9.27" → 2.9.27.
    /// </example>
    /// <returns>The version of ansible-core (or of old Ansible, which had no core), always with three parts; <c>null</c> when there is none.</returns>
    public static Version? Parse(string? output)
    {
        if (string.IsNullOrWhiteSpace(output))
        {
            return null;
        }

        var match = CoreVersion().Match(output);
        if (!match.Success)
        {
            match = PlainVersion().Match(output);
        }

        if (!match.Success)
        {
            return null;
        }

        static int Part(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);
        return new Version(Part(match.Groups[1]), Part(match.Groups[2]), Part(match.Groups[3]));
    }

    [GeneratedRegex(@"\[core (\d{1,6})\.(\d{1,6})\.(\d{1,6})")]
    private static partial Regex CoreVersion();

    [GeneratedRegex(@"^ansible(?:-playbook)? (\d{1,6})\.(\d{1,6})\.(\d{1,6})", RegexOptions.Multiline)]
    private static partial Regex PlainVersion();
}
