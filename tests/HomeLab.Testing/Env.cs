using HomeLab.Configuration;

namespace HomeLab.Testing;

/// <summary>An environment-variable lookup backed by a dictionary.</summary>
public sealed class Env
{
    public const string Secret = "5f0c1d2e-aaaa-bbbb-cccc-0123456789ab";

    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    /// <summary>Every required variable set to something valid.</summary>
    public static Env Complete() => new Env()
        .Set(LabVariables.AccessHost, "pve.lan:8006")
        .Set(LabVariables.TokenId, "homelab@pve!homelab")
        .Set(LabVariables.TokenSecret, Secret)
        .Set(LabVariables.Node, "pve")
        .Set(LabVariables.StorageVm, "local-lvm");

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
