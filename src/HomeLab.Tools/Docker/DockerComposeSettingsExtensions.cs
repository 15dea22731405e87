using Cake.Core.IO;

namespace HomeLab.Tools.Docker;

/// <summary>Fluent helpers for <see cref="DockerComposeSettings"/>, in the style of Cake's <c>ToolSettingsExtensions</c>.</summary>
public static class DockerComposeSettingsExtensions
{
    /// <summary>Adds a compose file (<c>--file</c>).</summary>
    public static DockerComposeSettings WithFile(this DockerComposeSettings settings, FilePath file)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(file);
        settings.File = [.. settings.File ?? [], file];
        return settings;
    }

    /// <summary>Talks to the engine at <paramref name="dockerHost"/> (<c>DOCKER_HOST</c> in the child's environment).</summary>
    public static DockerComposeSettings WithDockerHost(this DockerComposeSettings settings, string dockerHost)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(dockerHost);
        settings.DockerHost = dockerHost;
        return settings;
    }

    /// <summary>Hands Compose a secret through its environment, for <c>${name}</c> interpolation, and masks its value.</summary>
    public static DockerComposeSettings WithSecretEnvironmentVariable(this DockerComposeSettings settings, string name, string value) =>
        ToolSettingsVariables.WithSecret(settings, name, value ?? throw new ArgumentNullException(nameof(value)));
}
