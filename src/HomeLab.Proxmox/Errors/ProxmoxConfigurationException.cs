namespace HomeLab.Proxmox;

/// <summary>
/// The settings are unusable before any request is made: a missing or malformed PVE_* / PM_* variable,
/// an unreadable CA file, a fingerprint that is not SHA-256. The message names the variable and the fix.
/// </summary>
public sealed class ProxmoxConfigurationException(string message, Exception? innerException = null)
    : ProxmoxException(message, innerException);
