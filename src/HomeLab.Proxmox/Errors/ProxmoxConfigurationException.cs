namespace HomeLab.Proxmox;

/// <summary>
/// The settings are unusable before any request is made: an unreadable CA file, a fingerprint that is not SHA-256.
/// The message names the setting (see <see cref="ProxmoxSettingNames"/>) and the fix.
/// </summary>
public sealed class ProxmoxConfigurationException(string message, Exception? innerException = null)
    : ProxmoxException(message, innerException);
