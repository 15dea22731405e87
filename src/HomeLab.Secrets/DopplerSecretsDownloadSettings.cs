namespace HomeLab.Secrets;

/// <summary>
/// Settings for <c>doppler secrets download --no-file --format json</c>. The command-specific flags are fixed (the
/// secrets must come back on stdout as JSON and never touch the disk); what varies is in <see cref="DopplerSettings"/>.
/// </summary>
public sealed class DopplerSecretsDownloadSettings : DopplerSettings
{
}
