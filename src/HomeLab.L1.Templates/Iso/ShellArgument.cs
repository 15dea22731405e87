using System.Text;

namespace HomeLab.L1.Templates;

/// <summary>
/// Quotes one argument so that .NET's process start parses it back unchanged (on Unix too, it splits a command line
/// with the Windows rules: double quotes group, and backslashes escape only before a quote).
/// </summary>
internal static class ShellArgument
{
    public static string Quote(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var quoted = new StringBuilder("\"");
        var backslashes = 0;
        foreach (var c in argument)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }

            if (c == '"')
            {
                // Every backslash before a quote is doubled, and the quote itself escaped.
                quoted.Append('\\', (backslashes * 2) + 1).Append('"');
            }
            else
            {
                quoted.Append('\\', backslashes).Append(c);
            }

            backslashes = 0;
        }

        // Backslashes before the closing quote are doubled so that it still closes.
        quoted.Append('\\', backslashes * 2).Append('"');
        return quoted.ToString();
    }
}
