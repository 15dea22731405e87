using System.Text.RegularExpressions;

namespace HomeLab.L0.Runway.Tools;

/// <summary>Picks the first version-looking token out of a tool's --version output.</summary>
public static partial class VersionText
{
    /// <example>"Terraform v1.9.5" → 1.9.5; "ansible-playbook [core 2.15.0]" → 2.15.0; "OpenSSH_9.6p1 Ubuntu" → 9.6p1.</example>
    public static string? Find(string? output)
    {
        if (string.IsNullOrWhiteSpace(output))
        {
            return null;
        }

        var match = Token().Match(output);
        return match.Success ? match.Value.TrimEnd('.', '-', '+') : null;
    }

    [GeneratedRegex(@"\d+(?:\.\d+)+[0-9A-Za-z.+-]*")]
    private static partial Regex Token();
}
