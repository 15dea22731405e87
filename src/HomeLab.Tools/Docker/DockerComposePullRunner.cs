using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Docker;

/// <summary>Runs <c>compose pull</c>.</summary>
public sealed class DockerComposePullRunner : DockerComposeRunner<DockerComposePullSettings>
{
    /// <summary>Creates the runner from Cake's services.</summary>
    public DockerComposePullRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools, log)
    {
    }

    private protected override string Command => "pull";

    /// <summary>Runs <c>[docker compose | docker-compose] [global flags] pull [--quiet] [--ignore-pull-failures] [services…]</c>.</summary>
    public void Run(DockerComposePullSettings settings, DockerComposeSettings? composeSettings = null, params string[] services) =>
        RunCompose(settings, composeSettings, services);

    private protected override void AppendCommandArguments(ProcessArgumentBuilder arguments, DockerComposePullSettings settings, ComposeCli cli) =>
        arguments.AppendFlag("--quiet", settings.Quiet).AppendFlag("--ignore-pull-failures", settings.IgnorePullFailures);
}
