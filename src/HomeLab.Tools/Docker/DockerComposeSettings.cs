using Cake.Core.IO;

namespace HomeLab.Tools.Docker;

/// <summary>
/// What every compose command of one stack shares: its files and project (Compose's global flags), how to reach the
/// engine (<see cref="DockerHost"/>), the secrets it interpolates, and which Compose program runs it. One object can
/// serve a stack's up, ps, logs and down.
/// </summary>
public sealed class DockerComposeSettings : IToolSecretSettings
{
    /// <summary>Compose files, each passed as <c>--file "path"</c> in order; relative paths are taken from Cake's working directory.</summary>
    public FilePath[] File { get; set; } = [];

    /// <summary>The project name (<c>--project-name</c>); <c>null</c> lets Compose take the project directory's name.</summary>
    public string? ProjectName { get; set; }

    /// <summary>The project directory (<c>--project-directory</c>); <c>null</c> lets Compose take the first file's folder.</summary>
    public DirectoryPath? ProjectDirectory { get; set; }

    /// <summary>
    /// Environment files (<c>--env-file</c>, repeated on v2). Compose v1 takes one only. Never a secret's home: secrets go
    /// through <see cref="SecretEnvironmentVariables"/>.
    /// </summary>
    public FilePath[] EnvFile { get; set; } = [];

    /// <summary>Profiles to enable (<c>--profile</c>, repeated).</summary>
    public string[] Profile { get; set; } = [];

    /// <summary>
    /// The engine to talk to, put in the child's environment as <c>DOCKER_HOST</c>, e.g. <c>ssh://root@10.0.0.5</c>
    /// or <c>unix:///run/docker.sock</c>. <c>null</c> leaves the child's environment as it is. Not a secret: it shows
    /// in dry runs.
    /// </summary>
    public string? DockerHost { get; set; }

    /// <summary>
    /// Variables handed to Compose through its environment only, for <c>${VAR}</c> interpolation in the compose files,
    /// and masked in everything the wrapper logs, returns or throws. They are never written to a file or put on a
    /// command line; a run whose arguments hold one of their values is refused.
    /// </summary>
    public IDictionary<string, string> SecretEnvironmentVariables { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Masks secrets this wrapper does not know about; it runs after <see cref="SecretEnvironmentVariables"/>' values are masked.</summary>
    public Func<string, string>? Redact { get; set; }

    /// <summary>Which Compose program runs the commands; <see cref="ComposeCli.Auto"/> (the default) detects it.</summary>
    public ComposeCli ComposeCommand { get; set; } = ComposeCli.Auto;
}
