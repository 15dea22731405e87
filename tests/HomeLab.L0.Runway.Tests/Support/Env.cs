using HomeLab.L0.Runway.Settings;

namespace HomeLab.L0.Runway.Tests.Support;

/// <summary>An environment-variable lookup backed by a dictionary.</summary>
internal sealed class Env
{
    public const string Secret = "5f0c1d2e-aaaa-bbbb-cccc-0123456789ab";

    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    /// <summary>Every required variable set to something valid.</summary>
    public static Env Complete() => new Env()
        .Set(RunwayVariables.AccessHost, "pve.lan:8006")
        .Set(RunwayVariables.TokenId, "homelab@pve!homelab")
        .Set(RunwayVariables.TokenSecret, Secret)
        .Set(RunwayVariables.Node, "pve")
        .Set(RunwayVariables.StorageVm, "local-lvm");

    public Env Set(string name, string? value)
    {
        _values[name] = value;
        return this;
    }

    public Env Unset(string name)
    {
        _values.Remove(name);
        return this;
    }

    public string? Lookup(string name) => _values.GetValueOrDefault(name);
}
