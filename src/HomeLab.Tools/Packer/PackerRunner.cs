using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;
using Path = Cake.Core.IO.Path;

namespace HomeLab.Tools.Packer;

/// <summary>
/// The base of the packer runners: finds packer, hands it its variables through the environment, streams its output
/// to the log with secrets masked, and turns a failure into one line saying what went wrong.
/// </summary>
/// <remarks>A runner serves one command at a time; the aliases create one per call, as Cake's own aliases do.</remarks>
public abstract class PackerRunner<TSettings> : Tool<TSettings>
    where TSettings : PackerSettings
{
    /// <summary>Stops packer asking checkpoint.hashicorp.com whether it is current (the lab may have no internet).</summary>
    public const string CheckpointDisableVariable = "CHECKPOINT_DISABLE";

    private readonly IFileSystem _fileSystem;
    private readonly ICakeEnvironment _environment;
    private readonly ICakeLog _log;
    private readonly ToolPresence _presence;
    private string _command = string.Empty;
    private ToolOutput? _output;

    /// <summary>Creates the runner from Cake's services (as an alias does, from the context).</summary>
    protected PackerRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools)
    {
        _fileSystem = fileSystem;
        _environment = environment;
        _presence = new ToolPresence(fileSystem, environment);
        _log = log ?? throw new ArgumentNullException(nameof(log));
    }

    /// <inheritdoc />
    protected override string GetToolName() => "Packer";

    /// <inheritdoc />
    protected override IEnumerable<string> GetToolExecutableNames() => ["packer", "packer.exe"];

    /// <inheritdoc />
    protected override IDictionary<string, string> GetEnvironmentVariables(TSettings settings) => ToolEnvironment.Merge(
        base.GetEnvironmentVariables(settings), settings.SecretEnvironmentVariables, defaults: [new(CheckpointDisableVariable, "1")]);

    /// <inheritdoc />
    protected override void ProcessExitCode(int exitCode)
    {
        if (exitCode != 0)
        {
            throw PackerErrors.CommandFailed(_command, exitCode, _output?.Lines ?? []);
        }
    }

    /// <summary>Cake's environment, to resolve relative paths.</summary>
    private protected ICakeEnvironment CakeEnvironment => _environment;

    /// <summary>Fails with one line when packer cannot be found, then resolves the template.</summary>
    private protected PackerTemplatePath Prepare(TSettings settings, Path template)
    {
        EnsureFound(settings);
        return PackerTemplatePath.Resolve(template, _environment, _fileSystem);
    }

    /// <summary>
    /// Runs <c>packer {command}</c> and returns the last lines it printed (redacted). In a template's folder unless
    /// <see cref="ToolSettings.WorkingDirectory"/> says otherwise, because packer resolves the template's relative
    /// paths (scripts, the http folder, the manifest's output) against its working directory.
    /// </summary>
    private protected IReadOnlyList<string> RunPacker(
        TSettings settings, string command, ProcessArgumentBuilder arguments, PackerTemplatePath? template, bool logOutput = true)
    {
        EnsureFound(settings);
        if (ToolRedaction.SecretIn(arguments.Render(), settings.SecretEnvironmentVariables) is { } secret)
        {
            throw PackerErrors.SecretOnCommandLine(secret);
        }

        var output = new ToolOutput(
            logOutput ? _log : null,
            settings.OutputVerbosity,
            PackerRedaction.For(settings, _environment),
            logOutput ? settings.OutputLineReceived : null);
        var processSettings = output.RedirectingProcessSettings();
        processSettings.WorkingDirectory = settings.WorkingDirectory is null ? template?.Folder : null;
        _command = command;
        _output = output;
        Run(settings, arguments, processSettings, ToolProcessExit.WaitForOutputEnd);
        return output.Lines;
    }

    /// <summary>The executable that will run, for messages; <c>packer</c> when it cannot be resolved.</summary>
    private protected string ExecutableFor(TSettings settings) => GetToolPath(settings)?.FullPath ?? "packer";

    /// <summary>Fails with one line, naming the layer and how to install it, when packer cannot be found.</summary>
    private void EnsureFound(TSettings settings) => _presence.EnsureFound(settings, () => GetToolPath(settings), PackerErrors.NotFound);
}
