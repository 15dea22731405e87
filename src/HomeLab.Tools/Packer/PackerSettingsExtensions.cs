using Cake.Core;

namespace HomeLab.Tools.Packer;

/// <summary>Fluent helpers for packer settings, in the style of Cake's <c>ToolSettingsExtensions</c>.</summary>
public static class PackerSettingsExtensions
{
    /// <summary>Hands packer a secret through its environment and masks its value in packer's output.</summary>
    public static T WithSecretEnvironmentVariable<T>(this T settings, string name, string value)
        where T : PackerSettings => ToolSettingsVariables.WithSecret(settings, name, value);

    /// <summary>
    /// Hands packer the lab's Proxmox values through its environment (see <see cref="PveEnvironment"/>): the token
    /// secret as a secret, the rest as plain variables.
    /// </summary>
    public static T WithPveEnvironment<T>(this T settings, PveVariables values)
        where T : PackerSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        var (plain, secret) = PveEnvironment.From(values);
        settings.EnvironmentVariables ??= new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in plain)
        {
            settings.EnvironmentVariables[name] = value;
        }

        foreach (var (name, value) in secret)
        {
            settings.SecretEnvironmentVariables[name] = value;
        }

        return settings;
    }

    /// <summary>Adds a non-secret template variable (<c>-var "name=value"</c>).</summary>
    public static T WithVariable<T>(this T settings, string name, string value)
        where T : PackerTemplateSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        settings.Variables[name] = value;
        return settings;
    }
}
