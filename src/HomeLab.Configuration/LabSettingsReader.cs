using System.Globalization;
using HomeLab.Proxmox;

namespace HomeLab.Configuration;

/// <summary>Reads and validates every lab variable through an injected lookup, collecting every problem at once.</summary>
public static class LabSettingsReader
{
    public const string InsecureWarning =
        "TLS verification is OFF (PVE_TLS_INSECURE=1): the API certificate is not checked; "
        + "pin it with PVE_TLS_FINGERPRINT or trust the cluster CA with PVE_CA_CERT instead.";

    /// <param name="lookup">Returns a variable's value, or null when unset (the process environment, or a dictionary in tests).</param>
    public static LabSettings Read(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        string? Value(string name) => ProxmoxValues.Trimmed(lookup(name));

        var failures = new List<string>();
        var missing = LabVariables.Required.Where(name => Value(name) is null).ToList();
        if (missing.Count > 0)
        {
            failures.Add(MissingReason(missing));
        }

        var accessHost = Value(LabVariables.AccessHost);
        ProxmoxEndpoint? endpoint = null;
        if (accessHost is not null && !ProxmoxEndpoint.TryParse(accessHost, out endpoint, out var hostProblem, LabVariables.ProxmoxNames))
        {
            failures.Add(hostProblem ?? $"{LabVariables.AccessHost} '{accessHost}' is not a usable address; set it like {LabVariables.AccessHost}=pve.lan:8006.");
            endpoint = null;
        }

        var tokenId = Value(LabVariables.TokenId);
        if (tokenId is not null && ProxmoxValues.TokenIdProblem(tokenId) is { } tokenProblem)
        {
            failures.Add(tokenProblem);
            tokenId = null;
        }

        var tls = ProxmoxValues.ReadTls(Value(LabVariables.TlsInsecure), Value(LabVariables.TlsFingerprint), Value(LabVariables.CaCert), out var tlsProblem);
        if (tlsProblem is not null)
        {
            failures.Add(tlsProblem);
        }

        var minFreeGibIso = ParseThreshold(Value(LabVariables.MinFreeGibIso), LabVariables.DefaultMinFreeGibIso, double.MaxValue,
            text => $"{LabVariables.MinFreeGibIso}='{text}' is not a number of GiB; set a number of 0 or more, e.g. {LabVariables.MinFreeGibIso}=4.", failures);
        var minFreePctVm = ParseThreshold(Value(LabVariables.MinFreePctVm), LabVariables.DefaultMinFreePctVm, 100,
            text => $"{LabVariables.MinFreePctVm}='{text}' is not a percentage; set a number from 0 to 100, e.g. {LabVariables.MinFreePctVm}=10.", failures);
        var apply = ProxmoxValues.ParseSwitch(Value(LabVariables.Apply));
        if (apply is null)
        {
            failures.Add($"{LabVariables.Apply}='{Value(LabVariables.Apply)}' is not a switch; set {LabVariables.Apply}=1 to apply L2's plan, or unset it to plan only.");
        }

        return new LabSettings
        {
            AccessHost = accessHost,
            Endpoint = endpoint,
            TokenId = tokenId,
            TokenSecret = Value(LabVariables.TokenSecret),
            Node = Value(LabVariables.Node),
            StorageVm = Value(LabVariables.StorageVm),
            Bridge = Value(LabVariables.Bridge) ?? LabVariables.DefaultBridge,
            StorageIso = Value(LabVariables.StorageIso) ?? LabVariables.DefaultStorageIso,
            MinFreeGibIso = minFreeGibIso,
            MinFreePctVm = minFreePctVm,
            Tls = tls,
            // Set counts, even empty: only exactly "yes" promotes, as in the original tooling.
            UpdateStable = lookup(LabVariables.UpdateStable),
            Apply = apply ?? false,
            TerraformBaseDirectory = Value(LabVariables.TerraformBaseDirectory) ?? LabVariables.DefaultTerraformBaseDirectory,
            PublicKey = Value(LabVariables.PublicKey),
            Tags = Value(LabVariables.Tags),
            Limit = Value(LabVariables.Limit),
            RebootAction = Value(LabVariables.RebootAction),
            Missing = missing,
            Failures = failures,
            Warnings = tls?.Mode == ProxmoxTlsMode.Insecure ? [InsecureWarning] : [],
        };
    }

    public static string MissingReason(IReadOnlyList<string> missing) => missing.Count == 1
        ? $"Missing required environment variable: {missing[0]}. Set it in Doppler or your shell."
        : $"Missing required environment variables: {string.Join(", ", missing)}. Set them in Doppler or your shell.";

    private static double? ParseThreshold(string? text, double fallback, double max, Func<string, string> reason, List<string> failures)
    {
        if (text is null)
        {
            return fallback;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value) && value >= 0 && value <= max)
        {
            return value;
        }

        failures.Add(reason(text));
        return null;
    }
}
