using Cake.Core.IO;
using Path = System.IO.Path;
using HomeLab.Tools.Docker;

namespace HomeLab.L4.Workloads;

/// <summary>
/// One stack, ready to deploy: its compose file, the engine that runs it and the variables it interpolates. The
/// project is named after the stack and lives in the stack's folder, so a stack's containers are <c>&lt;stack&gt;_…</c>
/// on its host whichever checkout deployed it.
/// </summary>
/// <param name="Stack">Which stack.</param>
/// <param name="ComposeFile">Its <c>compose/&lt;host&gt;/&lt;stack&gt;/compose.yaml</c>.</param>
/// <param name="DockerHost">The engine, e.g. <c>ssh://lab@10.20.0.21</c>; <c>null</c> when it could not be found (a rehearsal without ansible).</param>
/// <param name="Variables">What it interpolates from the run's environment.</param>
public sealed record StackDeployment(StackReference Stack, string ComposeFile, string? DockerHost, StackVariables Variables)
{
    /// <summary>The project directory: the stack's folder.</summary>
    public string ProjectDirectory => Path.GetDirectoryName(ComposeFile)!;

    /// <summary>The project name: the stack.</summary>
    public string ProjectName => Stack.Stack;

    /// <summary>What the run shows of this stack anyway, for <see cref="StackVariables.For"/>: file, folder, project and DOCKER_HOST.</summary>
    public static IReadOnlyCollection<string> Shown(StackReference stack, string composeFile, string? dockerHost) =>
        new[] { composeFile, Path.GetDirectoryName(composeFile)!, stack.Stack, dockerHost ?? string.Empty }
            .Where(text => text.Length > 0)
            .ToList();

    /// <summary>Compose's settings for every command on this stack; secrets only in <see cref="DockerComposeSettings.SecretEnvironmentVariables"/>.</summary>
    /// <param name="redact">The run's redactor, for secrets the stack does not interpolate.</param>
    public DockerComposeSettings ComposeSettings(Func<string, string>? redact) => new()
    {
        File = [new FilePath(ComposeFile)],
        ProjectName = ProjectName,
        ProjectDirectory = new DirectoryPath(ProjectDirectory),
        DockerHost = DockerHost,
        SecretEnvironmentVariables = new Dictionary<string, string>(Variables.Secrets, StringComparer.Ordinal),
        Redact = redact,
    };

    /// <summary>The environment Compose gets besides the secrets: the plain variables (DOCKER_HOST comes from <see cref="ComposeSettings"/>).</summary>
    public Dictionary<string, string> PlainEnvironment() => new(Variables.Plain, StringComparer.Ordinal);

    /// <summary>
    /// The child's environment as the dry run shows it, sorted by name: <c>DOCKER_HOST=ssh://…</c>, the plain
    /// variables with their values and the secrets as <c>NAME=[REDACTED]</c>.
    /// </summary>
    public IReadOnlyList<string> EnvironmentForDisplay(string mask)
    {
        var shown = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (DockerHost is not null)
        {
            shown[DockerComposeRunner<DockerComposeUpSettings>.DockerHostVariable] = DockerHost;
        }

        foreach (var (name, value) in Variables.Plain)
        {
            shown[name] = value;
        }

        foreach (var name in Variables.Secrets.Keys)
        {
            shown[name] = mask;
        }

        return shown.Select(pair => $"{pair.Key}={pair.Value}").ToList();
    }
}
