using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Docker;

/// <summary>
/// The base of the compose runners: picks the Compose that runs (<c>docker compose</c> when the docker CLI has the
/// plugin, else <c>docker-compose</c> v1, or what <see cref="DockerComposeSettings.ComposeCommand"/> says), builds
/// its arguments property by property, hands it <c>DOCKER_HOST</c> and the secrets through its environment only,
/// streams its output to the log or the caller's sink with secrets masked, and turns a failure into one line.
/// </summary>
/// <remarks>A runner serves one command at a time; the aliases create one per call, as Cake's own aliases do.</remarks>
public abstract class DockerComposeRunner<TSettings> : Tool<TSettings>
    where TSettings : DockerComposeCommandSettings
{
    /// <summary>The variable that tells docker and Compose which engine to talk to.</summary>
    public const string DockerHostVariable = "DOCKER_HOST";

    private const string ParamikoMissing = "Install paramiko package to enable ssh:// support";

    private readonly IFileSystem _fileSystem;
    private readonly ICakeEnvironment _environment;
    private readonly IProcessRunner _processRunner;
    private readonly IToolLocator _tools;
    private readonly ICakeLog _log;
    private DockerComposeSettings _compose = new();
    private ComposeSelection? _selection;
    private ToolOutput? _output;
    private bool _outputLogged;

    /// <summary>Creates the runner from Cake's services (as an alias does, from the context).</summary>
    private protected DockerComposeRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools)
    {
        _fileSystem = fileSystem;
        _environment = environment;
        _processRunner = processRunner;
        _tools = tools;
        _log = log ?? throw new ArgumentNullException(nameof(log));
    }

    /// <summary>The compose command this runner runs, e.g. <c>up</c>.</summary>
    private protected abstract string Command { get; }

    /// <summary>Whether standard output is data to parse rather than lines to log.</summary>
    private protected virtual bool ParsesStandardOutput => false;

    /// <summary>
    /// The command line these settings would run, without running it. With <see cref="ComposeCli.Auto"/> it asks the
    /// docker CLI whether it has the plugin (<c>docker compose version</c>, which changes nothing); when neither
    /// Compose is found it assumes the plugin and says so.
    /// </summary>
    public DockerComposeCommand Describe(TSettings settings, DockerComposeSettings? composeSettings = null, params string[] services)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var compose = composeSettings ?? new DockerComposeSettings();
        _compose = compose;
        var selection = Select(settings, compose, describing: true);
        _selection = selection;
        var redact = ToolRedaction.For(compose);
        var arguments = ToolArguments.Shown(BuildArguments(settings, compose, selection, services), settings, redact);
        var variables = GetEnvironmentVariables(settings);
        var program = selection.Program?.FullPath ?? (selection.Cli == ComposeCli.Plugin ? "docker" : "docker-compose");
        return new DockerComposeCommand(program, arguments, WorkingDirectoryFor(settings).FullPath, ToolEnvironment.NamesOf(variables), selection.Cli, selection.How)
        {
            Variables = ToolEnvironment.Shown(variables, compose.SecretEnvironmentVariables.Keys, redact),
        };
    }

    /// <summary>
    /// Whether a Compose can be found without running anything: docker (for <see cref="ComposeCli.Plugin"/>),
    /// docker-compose (for <see cref="ComposeCli.Standalone"/>), either one for <see cref="ComposeCli.Auto"/>.
    /// </summary>
    public bool IsAvailable(TSettings settings, DockerComposeSettings? composeSettings = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var configured = settings.ToolPath?.MakeAbsolute(_environment);
        if (configured is not null)
        {
            return _fileSystem.Exist(configured);
        }

        return (composeSettings?.ComposeCommand ?? ComposeCli.Auto) switch
        {
            ComposeCli.Plugin => FindDocker() is not null,
            ComposeCli.Standalone => FindStandalone() is not null,
            _ => FindDocker() is not null || FindStandalone() is not null,
        };
    }

    /// <inheritdoc />
    protected override string GetToolName() => "Docker Compose";

    /// <inheritdoc />
    protected override IEnumerable<string> GetToolExecutableNames() => ["docker-compose", "docker-compose.exe"];

    /// <inheritdoc />
    protected override IEnumerable<string> GetToolExecutableNames(TSettings settings) =>
        _selection?.Cli == ComposeCli.Plugin ? ["docker", "docker.exe"] : GetToolExecutableNames();

    /// <inheritdoc />
    protected override IDictionary<string, string> GetEnvironmentVariables(TSettings settings) => ToolEnvironment.Merge(
        base.GetEnvironmentVariables(settings),
        _compose.SecretEnvironmentVariables,
        wrapperValues: string.IsNullOrWhiteSpace(_compose.DockerHost) ? [] : [new(DockerHostVariable, _compose.DockerHost)]);

    /// <inheritdoc />
    protected override void ProcessExitCode(int exitCode)
    {
        if (exitCode == 0)
        {
            return;
        }

        var lines = _output?.Lines ?? [];
        if (_selection?.Cli == ComposeCli.Standalone && lines.Any(line => line.Contains(ParamikoMissing, StringComparison.Ordinal)))
        {
            throw DockerComposeErrors.SshNeedsParamiko();
        }

        throw DockerComposeErrors.CommandFailed($"{_selection?.Name ?? "compose"} {Command}", exitCode, Detail(lines), _outputLogged);
    }

    /// <summary>Appends what follows the command, e.g. <c>--detach --remove-orphans</c>; services come after it.</summary>
    private protected abstract void AppendCommandArguments(ProcessArgumentBuilder arguments, TSettings settings, ComposeCli cli);

    /// <summary>
    /// Runs the command on <paramref name="services"/> and returns its exit code and output. Fails with one line when
    /// no Compose is found, a secret is on the command line, or Compose fails (unless
    /// <see cref="ToolSettings.HandleExitCode"/> takes the exit code).
    /// </summary>
    private protected DockerComposeRun RunCompose(TSettings settings, DockerComposeSettings? composeSettings, IReadOnlyList<string> services)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var compose = composeSettings ?? new DockerComposeSettings();
        _compose = compose;
        var selection = Select(settings, compose, describing: false);
        _selection = selection;
        var arguments = BuildArguments(settings, compose, selection, services);
        if (ToolArguments.SecretIn(arguments, settings, compose.SecretEnvironmentVariables) is { } secret)
        {
            throw DockerComposeErrors.SecretOnCommandLine(secret);
        }

        // Compose writes its progress to standard error, so both streams are logged at the same level.
        var output = new ToolOutput(
            settings,
            _log,
            ToolRedaction.For(compose),
            ParsesStandardOutput ? ToolStandardOutput.Capture : ToolStandardOutput.Keep,
            standardErrorLevel: LogLevel.Information);
        var processSettings = output.RedirectingProcessSettings();
        _output = output;
        _outputLogged = settings.LogOutput;

        // Read in the post action, which Cake runs before it consults HandleExitCode, so the code is known either way.
        var exitCode = 0;
        Run(settings, arguments, processSettings, process => exitCode = process.ExitCodeOnceOutputEnds());
        return new DockerComposeRun(exitCode, output, selection);
    }

    /// <summary>
    /// Runs <c>docker &lt;arguments&gt;</c> with the compose run's environment (DOCKER_HOST, secrets) and returns its
    /// raw output for parsing; e.g. <c>docker inspect</c> after v1's <c>ps -q</c>.
    /// </summary>
    private protected DockerCliResult RunDocker(TSettings settings, ProcessArgumentBuilder arguments)
    {
        var docker = FindDocker() ?? throw DockerComposeErrors.DockerNeededForPs();
        return DockerCliProcess.Run(_processRunner, docker, arguments, GetEnvironmentVariables(settings), WorkingDirectoryFor(settings));
    }

    private ComposeSelection Select(TSettings settings, DockerComposeSettings compose, bool describing)
    {
        var configured = settings.ToolPath?.MakeAbsolute(_environment);
        switch (compose.ComposeCommand)
        {
            case ComposeCli.Plugin:
                var docker = configured ?? FindDocker();
                if (!describing && (docker is null || !_fileSystem.Exist(docker)))
                {
                    throw DockerComposeErrors.DockerNotFound(configured?.FullPath);
                }

                return new ComposeSelection(ComposeCli.Plugin, docker, "set in settings");
            case ComposeCli.Standalone:
                var standalone = configured ?? FindStandalone();
                if (!describing && (standalone is null || !_fileSystem.Exist(standalone)))
                {
                    throw DockerComposeErrors.StandaloneNotFound(configured?.FullPath);
                }

                return new ComposeSelection(ComposeCli.Standalone, standalone, "set in settings");
            default:
                return Detect(settings, configured, describing);
        }
    }

    private ComposeSelection Detect(TSettings settings, FilePath? configured, bool describing)
    {
        if (configured is not null && configured.GetFilenameWithoutExtension().FullPath.StartsWith("docker-compose", StringComparison.Ordinal))
        {
            return new ComposeSelection(ComposeCli.Standalone, configured, "ToolPath is docker-compose");
        }

        var docker = configured ?? FindDocker();
        if (docker is not null && _fileSystem.Exist(docker)
            && ComposePluginProbe.HasPlugin(_environment, _processRunner, docker, GetEnvironmentVariables(settings)))
        {
            return new ComposeSelection(ComposeCli.Plugin, docker, "detected");
        }

        // A ToolPath that is not docker-compose names the docker CLI: without the plugin there is nothing to fall back on.
        if (configured is null && FindStandalone() is { } standalone)
        {
            var how = docker is null ? "detected: no docker CLI" : "detected: the docker CLI has no compose plugin";
            return new ComposeSelection(ComposeCli.Standalone, standalone, how);
        }

        if (describing)
        {
            return new ComposeSelection(ComposeCli.Plugin, docker, "nothing found, assumed");
        }

        throw docker is null ? DockerComposeErrors.NothingFound() : DockerComposeErrors.PluginMissing();
    }

    private ProcessArgumentBuilder BuildArguments(TSettings settings, DockerComposeSettings compose, ComposeSelection selection, IReadOnlyList<string> services)
    {
        var arguments = new ProcessArgumentBuilder();
        if (selection.Cli == ComposeCli.Plugin)
        {
            arguments.Append("compose");
        }

        DockerComposeArguments.AppendGlobal(arguments, compose, selection.Cli, path => path.MakeAbsolute(_environment), path => path.MakeAbsolute(_environment));
        arguments.Append(Command);
        AppendCommandArguments(arguments, settings, selection.Cli);
        DockerComposeArguments.AppendServices(arguments, services);
        return arguments;
    }

    /// <summary>What went wrong: Compose's last <c>ERROR:</c> or <c>Error</c> line, else the last line it printed.</summary>
    private static string? Detail(IReadOnlyList<string> lines)
    {
        var meaningful = lines.Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        return (meaningful.LastOrDefault(line => line.StartsWith("ERROR", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("Error", StringComparison.Ordinal))
            ?? meaningful.LastOrDefault())?.TrimEnd('.');
    }

    private FilePath? FindDocker() => _tools.Resolve(["docker", "docker.exe"]);

    private FilePath? FindStandalone() => _tools.Resolve(["docker-compose", "docker-compose.exe"]);

    private DirectoryPath WorkingDirectoryFor(TSettings settings) =>
        (settings.WorkingDirectory ?? _environment.WorkingDirectory).MakeAbsolute(_environment);
}
