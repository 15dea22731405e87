using Cake.Core.IO;
using Path = Cake.Core.IO.Path;

namespace HomeLab.Tools.Ansible;

/// <summary>Fluent helpers for ansible settings, in the style of Cake's <c>ToolSettingsExtensions</c>.</summary>
public static class AnsibleSettingsExtensions
{
    /// <summary>Reads <paramref name="configFile"/> as the <c>ansible.cfg</c> (<c>ANSIBLE_CONFIG</c>).</summary>
    public static T WithConfigFile<T>(this T settings, FilePath configFile)
        where T : AnsibleSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.ConfigFile = configFile ?? throw new ArgumentNullException(nameof(configFile));
        return settings;
    }

    /// <summary>Hands ansible a secret through its environment (for <c>lookup('env', …)</c>) and masks its value.</summary>
    public static T WithSecretEnvironmentVariable<T>(this T settings, string name, string value)
        where T : AnsibleSettings => ToolSettingsVariables.WithSecret(settings, name, value);

    /// <summary>Hands ansible a variable that is not secret through its environment.</summary>
    public static T WithEnvironmentVariable<T>(this T settings, string name, string value)
        where T : AnsibleSettings => ToolSettingsVariables.WithPlain(settings, name, value);

    /// <summary>Adds an inventory source (<c>-i</c>) after the ones already there.</summary>
    public static AnsiblePlaybookSettings WithInventory(this AnsiblePlaybookSettings settings, Path inventory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Inventories.Add(inventory ?? throw new ArgumentNullException(nameof(inventory)));
        return settings;
    }

    /// <summary>Adds an inventory source (<c>-i</c>) after the ones already there.</summary>
    public static AnsibleInventorySettings WithInventory(this AnsibleInventorySettings settings, Path inventory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Inventories.Add(inventory ?? throw new ArgumentNullException(nameof(inventory)));
        return settings;
    }

    /// <summary>Adds an extra var that is not secret; the log shows it as <c>name=value</c>.</summary>
    public static AnsiblePlaybookSettings WithExtraVar(this AnsiblePlaybookSettings settings, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        settings.ExtraVars[name] = value;
        return settings;
    }

    /// <summary>Adds a secret extra var; the log shows it as <c>name=[REDACTED]</c> and its value is masked everywhere.</summary>
    public static AnsiblePlaybookSettings WithSecretExtraVar(this AnsiblePlaybookSettings settings, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        settings.SecretExtraVars[name] = value ?? throw new ArgumentNullException(nameof(value));
        return settings;
    }
}
