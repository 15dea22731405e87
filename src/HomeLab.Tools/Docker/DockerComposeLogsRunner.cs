using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Docker;

/// <summary>Runs <c>compose logs</c> (never following) and returns its lines.</summary>
public sealed class DockerComposeLogsRunner : DockerComposeRunner<DockerComposeLogsSettings>
{
    /// <summary>Creates the runner from Cake's services.</summary>
    public DockerComposeLogsRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools, log)
    {
    }

    private protected override string Command => "logs";

    /// <summary>
    /// Runs <c>[docker compose | docker-compose] [global flags] logs [--no-color] [--timestamps] [--tail N] [services…]</c>.
    /// </summary>
    /// <returns>The lines it printed on standard output, secrets masked, as they were logged.</returns>
    public IReadOnlyList<string> Run(DockerComposeLogsSettings settings, DockerComposeSettings? composeSettings = null, params string[] services) =>
        RunCompose(settings, composeSettings, services).Output.StandardOutput;

    private protected override void AppendCommandArguments(ProcessArgumentBuilder arguments, DockerComposeLogsSettings settings, ComposeCli cli)
    {
        arguments.AppendFlag("--no-color", settings.NoColor).AppendFlag("--timestamps", settings.Timestamps);
        if (settings.Tail is { } tail)
        {
            if (tail < 0)
            {
                throw DockerComposeErrors.NegativeTail(tail);
            }

            arguments.Append("--tail").Append(tail.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
