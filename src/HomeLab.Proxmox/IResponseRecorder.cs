namespace HomeLab.Proxmox;

/// <summary>
/// Receives the raw body of every successful API answer, so that callers such as the runway can keep
/// the answers beside their own artifacts without asking the API twice.
/// </summary>
public interface IResponseRecorder
{
    /// <param name="resource">The API path below /api2/json, e.g. <c>/nodes/pve/network</c>.</param>
    /// <param name="body">The response body exactly as received.</param>
    void Record(string resource, string body);
}
