using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools;

/// <summary>A tool's arguments as it will really get them, for the secret check and for dry runs.</summary>
internal static class ToolArguments
{
    /// <summary>
    /// The name of the first of <paramref name="namedSecrets"/> whose value is in the arguments as run, so that the run
    /// can be refused.
    /// </summary>
    public static string? SecretIn(
        ProcessArgumentBuilder arguments, ToolSettings settings, IEnumerable<KeyValuePair<string, string>> namedSecrets) =>
        ToolRedaction.SecretIn(AsRun(arguments, settings).Render(), namedSecrets);

    /// <summary>
    /// The arguments as a dry run shows them: as run, secret arguments rendered as <c>[REDACTED]</c> by Cake, and
    /// masked with <paramref name="redact"/>.
    /// </summary>
    public static string Shown(ProcessArgumentBuilder arguments, ToolSettings settings, Func<string, string> redact) =>
        redact(AsRun(arguments, settings).RenderSafe());

    /// <summary>
    /// The arguments after <see cref="ToolSettings.ArgumentCustomization"/>, on a copy: Cake applies the customization
    /// itself when it starts the tool, so this is what the tool gets.
    /// </summary>
    private static ProcessArgumentBuilder AsRun(ProcessArgumentBuilder arguments, ToolSettings settings)
    {
        if (settings.ArgumentCustomization is null)
        {
            return arguments;
        }

        var copy = new ProcessArgumentBuilder();
        foreach (var argument in arguments)
        {
            copy.Append(argument);
        }

        return settings.ArgumentCustomization(copy);
    }
}
