namespace HomeLab.L2.Instances.Terraform;

/// <summary>Recognises the init failures that mean "the providers could not be installed", as on a machine without network.</summary>
internal static class ProviderInstallFailure
{
    private static readonly string[] Signs =
    [
        "Failed to query available provider packages",
        "Failed to install provider",
        "could not connect to registry",
        "Failed to resolve provider packages",
    ];

    public static bool IsIn(string message, IEnumerable<string> output) =>
        Signs.Any(sign => message.Contains(sign, StringComparison.OrdinalIgnoreCase)
            || output.Any(line => line.Contains(sign, StringComparison.OrdinalIgnoreCase)));
}
