using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Terraform;

/// <summary>
/// Settings every terraform command shares. Terraform's output is streamed to the Cake log (or to
/// <see cref="OutputLineReceived"/>) line by line, with secrets masked.
/// </summary>
public abstract class TerraformSettings : ToolSettings, IToolSecretSettings, IToolOutputSettings
{
    /// <summary>
    /// The Terraform root (the folder of <c>*.tf</c> files), passed as <c>-chdir=&lt;root&gt;</c> before the command;
    /// relative paths are taken from Cake's working directory. <c>null</c> runs terraform on the process's working
    /// directory (<see cref="ToolSettings.WorkingDirectory"/>, else Cake's).
    /// </summary>
    public DirectoryPath? Root { get; set; }

    /// <summary>
    /// Variables handed to terraform through its environment and masked wherever terraform prints them, e.g.
    /// <c>TF_VAR_pm_token_secret</c>. They are never put on the command line; a run whose arguments hold one of
    /// their values is refused.
    /// </summary>
    public IDictionary<string, string> SecretEnvironmentVariables { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Masks secrets this wrapper does not know about (e.g. <c>SecretRedactor.Redact</c> after Doppler loaded them).
    /// It runs after the values of <see cref="SecretEnvironmentVariables"/> have been masked.
    /// </summary>
    public Func<string, string>? Redact { get; set; }

    /// <summary>
    /// Pass <c>-no-color</c>. <c>null</c> (the default) decides by whether this process's console output is
    /// redirected: escape codes help a terminal and are noise in a file or a CI log.
    /// </summary>
    public bool? NoColor { get; set; }

    /// <summary>How verbose the log must be for terraform's output lines to show; <see cref="Verbosity.Normal"/> by default.</summary>
    public Verbosity OutputVerbosity { get; set; } = Verbosity.Normal;

    /// <summary>
    /// Write terraform's output lines to the Cake log (the default). Set it to false, with
    /// <see cref="OutputLineReceived"/>, to collect one root's output and print it whole later, e.g. when several
    /// roots run in parallel. The last lines are kept for the error message either way.
    /// </summary>
    public bool LogOutput { get; set; } = true;

    /// <summary>
    /// Called with each output line, already redacted, whether or not it is logged. The JSON that <c>show</c>,
    /// <c>output</c>, <c>validate</c> and <c>version</c> print is parsed instead, and never reaches it.
    /// </summary>
    public Action<string>? OutputLineReceived { get; set; }

    /// <summary>Whether <c>-no-color</c> is passed: <see cref="NoColor"/>, else whether the console output is redirected.</summary>
    internal bool UsesNoColor => NoColor ?? Console.IsOutputRedirected;
}
