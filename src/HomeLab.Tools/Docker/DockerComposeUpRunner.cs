using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Docker;

/// <summary>Runs <c>compose up</c>.</summary>
public sealed class DockerComposeUpRunner : DockerComposeRunner<DockerComposeUpSettings>
{
    /// <summary>Creates the runner from Cake's services.</summary>
    public DockerComposeUpRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools, log)
    {
    }

    private protected override string Command => "up";

    /// <summary>
    /// Runs <c>[docker compose | docker-compose] [global flags] up [--detach] [--remove-orphans] [--force-recreate]
    /// [--build] [--timeout N] [--wait] [services…]</c>.
    /// </summary>
    public void Run(DockerComposeUpSettings settings, DockerComposeSettings? composeSettings = null, params string[] services) =>
        RunCompose(settings, composeSettings, services);

    private protected override void AppendCommandArguments(ProcessArgumentBuilder arguments, DockerComposeUpSettings settings, ComposeCli cli)
    {
        if (settings.Wait && cli == ComposeCli.Standalone)
        {
            throw DockerComposeErrors.WaitNeedsV2();
        }

        arguments.AppendFlag("--detach", settings.Detach)
            .AppendFlag("--remove-orphans", settings.RemoveOrphans)
            .AppendFlag("--force-recreate", settings.ForceRecreate)
            .AppendFlag("--build", settings.Build)
            .AppendTimeout(settings.Timeout)
            .AppendFlag("--wait", settings.Wait);
    }
}
