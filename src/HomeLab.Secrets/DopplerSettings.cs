using Cake.Core.Tooling;

namespace HomeLab.Secrets;

/// <summary>
/// Settings every doppler command shares. Anything left unset falls back to the CLI's own configuration:
/// <c>DOPPLER_TOKEN</c>, <c>DOPPLER_PROJECT</c> and <c>DOPPLER_CONFIG</c> inherited from the environment, then the
/// <c>doppler setup</c> scope of the working directory.
/// </summary>
public class DopplerSettings : ToolSettings
{
    /// <summary>The Doppler project (<c>--project</c>); <c>null</c> leaves it to the CLI.</summary>
    public string? Project { get; set; }

    /// <summary>The Doppler config, e.g. <c>dev</c> or <c>prd</c> (<c>--config</c>); <c>null</c> leaves it to the CLI.</summary>
    public string? Config { get; set; }

    /// <summary>
    /// A service token for this call only. It is handed to the child process as the <c>DOPPLER_TOKEN</c> environment
    /// variable, never on the command line, so it cannot show up in "Executing: …" logs or process listings.
    /// </summary>
    public string? Token { get; set; }
}
