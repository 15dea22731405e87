using Cake.Core;

namespace HomeLab.Tools.Docker;

/// <summary>The one-line errors of the compose wrapper. None of them may carry a secret value.</summary>
internal static class DockerComposeErrors
{
    private const string Layer = "L4 Workloads";
    private const string DockerHint = "apt-get install docker.io (or Docker's docker-ce-cli)";
    private const string ComposeHint = "apt-get install docker-compose (v1) or docker-compose-plugin (v2, from Docker's apt repository)";
    private const int MaxDetailLength = 400;

    public static CakeException NothingFound() => new(
        $"Neither the docker compose plugin nor docker-compose was found on PATH; {Layer} needs one: {ComposeHint}.");

    public static CakeException DockerNotFound(string? configuredPath) => configuredPath is null
        ? new CakeException($"docker was not found on PATH; {Layer} needs it for `docker compose`: {DockerHint}, plus docker-compose-plugin.")
        : new CakeException($"docker was not found at {configuredPath} (ToolPath); {Layer} needs it for `docker compose`: {DockerHint} or fix ToolPath.");

    public static CakeException StandaloneNotFound(string? configuredPath) => configuredPath is null
        ? new CakeException($"docker-compose was not found on PATH; {Layer} needs it: apt-get install docker-compose, or use ComposeCli.Plugin.")
        : new CakeException($"docker-compose was not found at {configuredPath} (ToolPath); {Layer} needs it: apt-get install docker-compose or fix ToolPath.");

    public static CakeException PluginMissing() => new(
        $"`docker compose version` failed: this docker CLI has no compose plugin; install docker-compose-plugin, or use ComposeCli.Standalone with docker-compose (v1).");

    public static CakeException DockerNeededForPs() => new(
        $"docker was not found on PATH; `docker-compose ps` (v1) reads its containers with `docker inspect`: {DockerHint}.");

    public static CakeException SecretOnCommandLine(string name) => new(
        $"A compose argument holds the value of the secret {name}; pass secrets through DockerComposeSettings.SecretEnvironmentVariables for ${{VAR}} interpolation, never as arguments.");

    public static CakeException OneEnvFileOnV1(int count) => new(
        $"docker-compose (v1) takes one --env-file, not {count}; merge them or use the docker compose plugin (v2).");

    public static CakeException WaitNeedsV2() => new(
        "DockerComposeUpSettings.Wait (--wait) needs the docker compose plugin (v2); docker-compose (v1) has no --wait.");

    public static CakeException NegativeTail(int tail) => new($"DockerComposeLogsSettings.Tail must be 0 or more, not {tail}.");

    public static CakeException SshNeedsParamiko() => new(
        $"docker-compose (v1) needs Python's paramiko for an ssh:// DOCKER_HOST (even when it uses the ssh program): apt-get install python3-paramiko.");

    public static CakeException CommandFailed(string command, int exitCode, string? detail, bool logged)
    {
        var where = logged ? " The full output is in the log above." : string.Empty;
        return new CakeException(exitCode, $"{command} failed (exit code {exitCode}): {Shorten(detail ?? "it printed nothing")}.{where}");
    }

    public static CakeException Unreadable(string command, string reason) => new(
        $"{command} printed nothing readable ({reason}); check that the docker and Compose on PATH are Docker's.");

    private static string Shorten(string line) => line.Length <= MaxDetailLength ? line : line[..MaxDetailLength] + "…";
}
