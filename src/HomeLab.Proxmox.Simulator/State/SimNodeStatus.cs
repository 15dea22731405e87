namespace HomeLab.Proxmox.Simulator;

public enum SimNodeStatus
{
    Online,
    Offline,
    Unknown,
}
