namespace HomeLab.Proxmox.Errors;

internal static class Attempts
{
    /// <summary>" (tried 4 times)" when retries happened, so operators know the failure was persistent.</summary>
    public static string Note(int attempts) => attempts > 1 ? $" (tried {attempts} times)" : string.Empty;
}
