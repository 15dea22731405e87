using Cake.Core.IO;

namespace HomeLab.Tools.Terraform;

/// <summary>Fluent helpers for terraform settings, in the style of Cake's <c>ToolSettingsExtensions</c>.</summary>
public static class TerraformSettingsExtensions
{
    /// <summary>Runs terraform on <paramref name="root"/> (<c>-chdir</c>).</summary>
    public static T WithRoot<T>(this T settings, DirectoryPath root)
        where T : TerraformSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Root = root ?? throw new ArgumentNullException(nameof(root));
        return settings;
    }

    /// <summary>Hands terraform a secret through its environment and masks its value in terraform's output.</summary>
    public static T WithSecretEnvironmentVariable<T>(this T settings, string name, string value)
        where T : TerraformSettings => ToolSettingsVariables.WithSecret(settings, name, value);

    /// <summary>Hands terraform a variable that is not secret through its environment.</summary>
    public static T WithEnvironmentVariable<T>(this T settings, string name, string value)
        where T : TerraformSettings => ToolSettingsVariables.WithPlain(settings, name, value);

    /// <summary>
    /// Hands terraform the lab's Proxmox variables (<c>TF_VAR_pve_access_host</c>, <c>TF_VAR_pm_token_id</c>,
    /// <c>TF_VAR_pm_token_secret</c> as a secret, <c>TF_VAR_proxmox_vm_public_key</c>, and
    /// <c>TF_VAR_pm_tls_insecure=true</c> when asked) through its environment.
    /// </summary>
    /// <exception cref="Cake.Core.CakeException">A value is missing (<see cref="TerraformProxmoxVariables.Problem"/>).</exception>
    public static T WithProxmoxVariables<T>(this T settings, TerraformProxmoxVariables variables)
        where T : TerraformSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(variables);
        variables.EnsureComplete();
        foreach (var (name, value) in variables.PlainVariables())
        {
            settings.WithEnvironmentVariable(name, value);
        }

        foreach (var (name, value) in variables.SecretVariables())
        {
            settings.WithSecretEnvironmentVariable(name, value);
        }

        return settings;
    }

    /// <summary>Adds a root variable that is not secret (<c>-var "name=value"</c>).</summary>
    public static TerraformPlanSettings WithInputVariable(this TerraformPlanSettings settings, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        settings.InputVariables[name] = value;
        return settings;
    }

    /// <summary>Adds a backend setting that is not secret (<c>-backend-config "key=value"</c>).</summary>
    public static TerraformInitSettings WithBackendConfig(this TerraformInitSettings settings, string key, string value)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        settings.BackendConfigOverrides[key] = value;
        return settings;
    }
}
