namespace HomeLab.Proxmox.Wire;

/// <summary>A body that is JSON but not in the expected shape; the transport turns it into a ProxmoxResponseException.</summary>
internal sealed class WireFormatException(string message) : Exception(message);
