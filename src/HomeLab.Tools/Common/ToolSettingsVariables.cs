using Cake.Core.Tooling;

namespace HomeLab.Tools;

/// <summary>
/// What the wrappers' fluent <c>WithSecretEnvironmentVariable</c> and <c>WithEnvironmentVariable</c> do; each wrapper
/// keeps its own public, documented method and hands over to these.
/// </summary>
internal static class ToolSettingsVariables
{
    /// <summary>Hands the tool a secret through its environment only; the wrapper masks its value.</summary>
    public static T WithSecret<T>(T settings, string name, string value)
        where T : class, IToolSecretSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        settings.SecretEnvironmentVariables[name] = value;
        return settings;
    }

    /// <summary>Hands the tool a variable that is not secret through <see cref="ToolSettings.EnvironmentVariables"/>.</summary>
    public static T WithPlain<T>(T settings, string name, string value)
        where T : ToolSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        settings.EnvironmentVariables ??= new Dictionary<string, string>(StringComparer.Ordinal);
        settings.EnvironmentVariables[name] = value;
        return settings;
    }
}
