using System.Text.Json;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Docker;

/// <summary>
/// Runs <c>compose ps</c> and reads its containers: <c>--format json</c> on the v2 plugin; on v1 the ids
/// (<c>ps -q</c>) and then <c>docker inspect</c> with a template of the fields it needs.
/// </summary>
public sealed class DockerComposePsRunner : DockerComposeRunner<DockerComposePsSettings>
{
    /// <summary>Creates the runner from Cake's services.</summary>
    public DockerComposePsRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools, log)
    {
    }

    private protected override string Command => "ps";

    private protected override bool ParsesStandardOutput => true;

    /// <summary>
    /// Runs <c>docker compose [global flags] ps --format json [--all] [services…]</c>, or on v1
    /// <c>docker-compose [global flags] ps -q [--all] [services…]</c> and <c>docker inspect --format … ids</c>.
    /// </summary>
    /// <returns>The containers, sorted by service and name, every text redacted; empty when the stack is down.</returns>
    public IReadOnlyList<DockerComposeContainer> Run(DockerComposePsSettings settings, DockerComposeSettings? composeSettings = null, params string[] services)
    {
        var run = RunCompose(settings, composeSettings, services);
        var command = run.Selection.Name + " ps";
        try
        {
            if (run.Selection.Cli == ComposeCli.Plugin)
            {
                return ComposePsJson.Parse(run.Output.StandardOutput, run.Output.Redact);
            }

            var ids = run.Output.StandardOutput.Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
            if (ids.Count == 0)
            {
                return [];
            }

            command = "docker inspect";
            var arguments = new ProcessArgumentBuilder().Append("inspect").AppendSwitchQuoted("--format", " ", DockerInspectContainers.Template);
            foreach (var id in ids)
            {
                arguments.AppendQuoted(id);
            }

            var inspect = RunDocker(settings, arguments);
            if (inspect.ExitCode != 0)
            {
                var detail = inspect.StandardError.LastOrDefault(line => line.Trim().Length > 0);
                throw DockerComposeErrors.CommandFailed(command, inspect.ExitCode, detail is null ? null : run.Output.Redact(detail.Trim()), logged: false);
            }

            return DockerInspectContainers.Parse(inspect.StandardOutput, run.Output.Redact);
        }
        catch (JsonException error)
        {
            throw DockerComposeErrors.Unreadable(command, run.Output.Redact(error.Message.TrimEnd('.')));
        }
    }

    private protected override void AppendCommandArguments(ProcessArgumentBuilder arguments, DockerComposePsSettings settings, ComposeCli cli)
    {
        arguments.Append(cli == ComposeCli.Plugin ? "--format" : "-q");
        if (cli == ComposeCli.Plugin)
        {
            arguments.Append("json");
        }

        arguments.AppendFlag("--all", settings.All);
    }
}
