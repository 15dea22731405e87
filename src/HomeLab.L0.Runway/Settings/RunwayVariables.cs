namespace HomeLab.L0.Runway.Settings;

/// <summary>The environment variables the runway reads, and the defaults of the optional ones.</summary>
public static class RunwayVariables
{
    public const string AccessHost = "PVE_ACCESS_HOST";
    public const string TokenId = "PM_TOKEN_ID";
    public const string TokenSecret = "PM_TOKEN_SECRET";
    public const string Node = "PVE_NODE";
    public const string StorageVm = "PVE_STORAGE_VM";

    public const string Bridge = "PVE_BRIDGE";
    public const string StorageIso = "PVE_STORAGE_ISO";
    public const string MinFreeGibIso = "L0_MIN_FREE_GIB_ISO";
    public const string MinFreePctVm = "L0_MIN_FREE_PCT_VM";

    public const string TlsFingerprint = "PVE_TLS_FINGERPRINT";
    public const string CaCert = "PVE_CA_CERT";
    public const string TlsInsecure = "PVE_TLS_INSECURE";

    public const string DefaultBridge = "vmbr0";
    public const string DefaultStorageIso = "local";
    public const double DefaultMinFreeGibIso = 4;
    public const double DefaultMinFreePctVm = 10;

    /// <summary>The variables without which later layers cannot run, in the order they are reported.</summary>
    public static IReadOnlyList<string> Required { get; } = [AccessHost, TokenId, TokenSecret, Node, StorageVm];

    /// <summary>The variables every API call needs.</summary>
    public static IReadOnlyList<string> Connection { get; } = [AccessHost, TokenId, TokenSecret];
}
