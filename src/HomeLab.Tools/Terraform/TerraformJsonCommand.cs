using System.Text.Json;

namespace HomeLab.Tools.Terraform;

/// <summary>Parses what a <c>-json</c> command printed, turning unreadable output into one line.</summary>
internal static class TerraformJsonCommand
{
    /// <param name="command">The command, for the message, e.g. <c>show -json</c>.</param>
    /// <param name="what">What it should have printed, e.g. <c>plan</c>.</param>
    public static T Parse<T>(TerraformRun run, string command, string what, Func<string, T> parse)
    {
        try
        {
            return parse(run.Output.StandardOutputText);
        }
        catch (JsonException error)
        {
            throw TerraformErrors.NotJson(command, what, run.Output.Redact(error.Message.TrimEnd('.')));
        }
    }
}
