using Cake.Core;

namespace HomeLab.Tools.Packer;

/// <summary>Fluent helpers for packer settings, in the style of Cake's <c>ToolSettingsExtensions</c>.</summary>
public static class PackerSettingsExtensions
{
    /// <summary>Hands packer a secret through its environment and masks its value in packer's output.</summary>
    public static T WithSecretEnvironmentVariable<T>(this T settings, string name, string value)
        where T : PackerSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        settings.SecretEnvironmentVariables[name] = value;
        return settings;
    }

    /// <summary>
    /// Hands packer the lab's Proxmox variables that <paramref name="lookup"/> finds, through its environment
    /// (see <see cref="PveEnvironment"/>): the token secret as a secret, the rest as plain variables.
    /// </summary>
    public static T WithPveEnvironment<T>(this T settings, Func<string, string?> lookup)
        where T : PackerSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        var (plain, secret) = PveEnvironment.From(lookup);
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

    /// <summary>Hands packer the lab's Proxmox variables from Cake's environment.</summary>
    public static T WithPveEnvironment<T>(this T settings, ICakeEnvironment environment)
        where T : PackerSettings
    {
        ArgumentNullException.ThrowIfNull(environment);
        return settings.WithPveEnvironment(environment.GetEnvironmentVariable);
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
