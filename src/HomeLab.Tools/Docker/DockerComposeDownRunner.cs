using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Docker;

/// <summary>Runs <c>compose down</c>: stops and removes the stack's containers and networks.</summary>
public sealed class DockerComposeDownRunner : DockerComposeRunner<DockerComposeDownSettings>
{
    /// <summary>Creates the runner from Cake's services.</summary>
    public DockerComposeDownRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools, log)
    {
    }

    private protected override string Command => "down";

    /// <summary>Runs <c>[docker compose | docker-compose] [global flags] down [--remove-orphans] [--timeout N] [--volumes]</c>.</summary>
    public void Run(DockerComposeDownSettings settings, DockerComposeSettings? composeSettings = null) =>
        RunCompose(settings, composeSettings, []);

    private protected override void AppendCommandArguments(ProcessArgumentBuilder arguments, DockerComposeDownSettings settings, ComposeCli cli) =>
        arguments.AppendFlag("--remove-orphans", settings.RemoveOrphans)
            .AppendTimeout(settings.Timeout)
            .AppendFlag("--volumes", settings.Volumes);
}
