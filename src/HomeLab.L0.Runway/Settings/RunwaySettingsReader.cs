using System.Globalization;
using HomeLab.Proxmox;

namespace HomeLab.L0.Runway.Settings;

/// <summary>Reads and validates every runway variable through an injected lookup, collecting every problem.</summary>
public static class RunwaySettingsReader
{
    public const string InsecureWarning =
        "TLS verification is OFF (PVE_TLS_INSECURE=1): the API certificate is not checked; "
        + "pin it with PVE_TLS_FINGERPRINT or trust the cluster CA with PVE_CA_CERT instead.";

    public static RunwaySettings Read(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        string? Value(string name)
        {
            var value = lookup(name);
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        var failures = new List<string>();
        var missing = RunwayVariables.Required.Where(name => Value(name) is null).ToList();
        if (missing.Count > 0)
        {
            failures.Add(MissingReason(missing));
        }

        var accessHost = Value(RunwayVariables.AccessHost);
        ProxmoxEndpoint? endpoint = null;
        if (accessHost is not null && !ProxmoxEndpoint.TryParse(accessHost, out endpoint, out var hostProblem))
        {
            failures.Add(hostProblem ?? $"{RunwayVariables.AccessHost} '{accessHost}' is not a usable address; set it like {RunwayVariables.AccessHost}=pve.lan:8006.");
            endpoint = null;
        }

        var tokenId = Value(RunwayVariables.TokenId);
        if (tokenId is not null && ProblemOf(() => ProxmoxSettings.ReadTokenId(tokenId)) is { } tokenProblem)
        {
            failures.Add(tokenProblem);
            tokenId = null;
        }

        ProxmoxTlsOptions? tls = null;
        if (ProblemOf(() => tls = ProxmoxSettings.ReadTls(lookup)) is { } tlsProblem)
        {
            failures.Add(tlsProblem);
        }

        var minFreeGibIso = ParseThreshold(Value(RunwayVariables.MinFreeGibIso), RunwayVariables.DefaultMinFreeGibIso, double.MaxValue,
            text => $"{RunwayVariables.MinFreeGibIso}='{text}' is not a number of GiB; set a number of 0 or more, e.g. {RunwayVariables.MinFreeGibIso}=4.", failures);
        var minFreePctVm = ParseThreshold(Value(RunwayVariables.MinFreePctVm), RunwayVariables.DefaultMinFreePctVm, 100,
            text => $"{RunwayVariables.MinFreePctVm}='{text}' is not a percentage; set a number from 0 to 100, e.g. {RunwayVariables.MinFreePctVm}=10.", failures);

        return new RunwaySettings
        {
            AccessHost = accessHost,
            Endpoint = endpoint,
            TokenId = tokenId,
            TokenSecret = Value(RunwayVariables.TokenSecret),
            Node = Value(RunwayVariables.Node),
            StorageVm = Value(RunwayVariables.StorageVm),
            Bridge = Value(RunwayVariables.Bridge) ?? RunwayVariables.DefaultBridge,
            StorageIso = Value(RunwayVariables.StorageIso) ?? RunwayVariables.DefaultStorageIso,
            MinFreeGibIso = minFreeGibIso,
            MinFreePctVm = minFreePctVm,
            Tls = tls,
            Missing = missing,
            Failures = failures,
            Warnings = tls?.Mode == ProxmoxTlsMode.Insecure ? [InsecureWarning] : [],
        };
    }

    // The client's own readers decide what it accepts; the runway only collects their reasons.
    private static string? ProblemOf(Action read)
    {
        try
        {
            read();
            return null;
        }
        catch (ProxmoxConfigurationException ex)
        {
            return ex.Message;
        }
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
