using Cake.Core.Diagnostics;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Packer;

/// <summary>
/// Settings every packer command shares. Packer's output is streamed to the Cake log line by line, with secrets masked.
/// </summary>
public abstract class PackerSettings : ToolSettings, IToolSecretSettings
{
    /// <summary>
    /// Variables handed to packer through its environment and masked wherever packer prints them, e.g.
    /// <c>PKR_VAR_pm_token_secret</c>. They are never put on the command line. See <see cref="PveEnvironment"/>.
    /// </summary>
    public IDictionary<string, string> SecretEnvironmentVariables { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Masks secrets this wrapper does not know about (e.g. <c>SecretRedactor.Redact</c> after Doppler loaded them).
    /// It runs after the values of <see cref="SecretEnvironmentVariables"/> and <c>PM_TOKEN_SECRET</c> have been masked.
    /// </summary>
    public Func<string, string>? Redact { get; set; }

    /// <summary>How verbose the log must be for packer's output lines to show; <see cref="Verbosity.Normal"/> by default.</summary>
    public Verbosity OutputVerbosity { get; set; } = Verbosity.Normal;

    /// <summary>Called with each output line, already redacted, e.g. to show the current step in a progress display.</summary>
    public Action<string>? OutputLineReceived { get; set; }
}
