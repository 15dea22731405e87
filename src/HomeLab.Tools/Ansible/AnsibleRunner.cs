using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Ansible;

/// <summary>
/// The base of the ansible runners: finds the executable, hands ansible its config, options and secrets through the
/// environment (never the command line), streams its output to the log or the caller's sink with secrets masked, and
/// turns a failure into one line.
/// </summary>
/// <remarks>A runner serves one command at a time; the aliases create one per call, as Cake's own aliases do.</remarks>
public abstract class AnsibleRunner<TSettings> : Tool<TSettings>
    where TSettings : AnsibleSettings
{
    private readonly IFileSystem _fileSystem;
    private readonly ICakeEnvironment _environment;
    private readonly ICakeLog _log;
    private readonly ToolPresence _presence;
    private TSettings? _running;
    private AnsibleProcessOutput? _output;

    /// <summary>Creates the runner from Cake's services (as an alias does, from the context).</summary>
    private protected AnsibleRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools)
    {
        _fileSystem = fileSystem;
        _environment = environment;
        _presence = new ToolPresence(fileSystem, environment);
        _log = log ?? throw new ArgumentNullException(nameof(log));
    }

    /// <summary>The executable this runner runs, e.g. <c>ansible-playbook</c>.</summary>
    private protected abstract string Executable { get; }

    /// <summary>Cake's environment, to resolve relative paths.</summary>
    private protected ICakeEnvironment CakeEnvironment => _environment;

    /// <summary>Cake's file system, to check paths.</summary>
    private protected IFileSystem FileSystem => _fileSystem;

    /// <summary>
    /// The command <paramref name="settings"/> would run, without running it; works when ansible is missing. A
    /// playbook's extra-vars file is shown at the place a run would create it, its random part as <c>&lt;run&gt;</c>.
    /// </summary>
    public AnsibleCommand Describe(TSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var redact = AnsibleRedaction.For(settings);
        var arguments = ToolArguments.Shown(BuildArguments(settings, ExtraVarsPlaceholder(settings)), settings, redact);
        var variables = GetEnvironmentVariables(settings);
        var program = GetToolPath(settings)?.FullPath ?? settings.ToolPath?.MakeAbsolute(_environment).FullPath ?? Executable;
        var workingDirectory = (settings.WorkingDirectory ?? _environment.WorkingDirectory).MakeAbsolute(_environment).FullPath;
        return new AnsibleCommand(program, arguments, workingDirectory, ToolEnvironment.NamesOf(variables), ShownExtraVars(settings).Select(redact).ToList())
        {
            Variables = ToolEnvironment.Shown(variables, settings.SecretEnvironmentVariables.Keys, redact),
        };
    }

    /// <summary>
    /// Whether the executable can be found (at <see cref="ToolSettings.ToolPath"/>, else through Cake's tool locator
    /// and PATH), without running it.
    /// </summary>
    public bool IsAvailable(TSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return _presence.IsAvailable(settings, () => GetToolPath(settings));
    }

    /// <inheritdoc />
    protected override string GetToolName() => "Ansible";

    /// <inheritdoc />
    protected override IEnumerable<string> GetToolExecutableNames() => [Executable];

    /// <inheritdoc />
    protected override IDictionary<string, string> GetEnvironmentVariables(TSettings settings) => ToolEnvironment.Merge(
        base.GetEnvironmentVariables(settings),
        settings.SecretEnvironmentVariables,
        wrapperValues: AnsibleEnvironment.For(settings, path => new FilePath(path).MakeAbsolute(_environment).FullPath));

    /// <inheritdoc />
    protected override void ProcessExitCode(int exitCode)
    {
        if (_running is { } settings && _output is { } output && Failed(exitCode, output))
        {
            throw Failure(settings, exitCode, output);
        }
    }

    /// <summary>Appends everything after the executable, with the extra-vars file at <paramref name="extraVarsFile"/> when there is one.</summary>
    private protected abstract ProcessArgumentBuilder BuildArguments(TSettings settings, string? extraVarsFile);

    /// <summary>Where <see cref="Describe"/> shows the extra-vars file; <c>null</c> when the command has none.</summary>
    private protected virtual string? ExtraVarsPlaceholder(TSettings settings) => null;

    /// <summary>The extra vars as <c>name=value</c> with secrets masked, for the log and <see cref="Describe"/>.</summary>
    private protected virtual IReadOnlyList<string> ShownExtraVars(TSettings settings) => [];

    /// <summary>How messages name the command, e.g. <c>ansible-inventory --list</c>.</summary>
    private protected abstract string CommandName(TSettings settings);

    /// <summary>Whether the run failed; by default, any exit code but 0.</summary>
    private protected virtual bool Failed(int exitCode, AnsibleProcessOutput output) => exitCode != 0;

    /// <summary>The one-line error for a failed run: ansible's own error by default.</summary>
    private protected virtual CakeException Failure(TSettings settings, int exitCode, AnsibleProcessOutput output) =>
        AnsibleErrors.CommandFailed(CommandName(settings), exitCode, AnsibleOutputText.FailureDetail(output.Lines), settings.LogOutput);

    /// <summary>Checks on disk what the command needs besides the config (a playbook, inventories), before it runs.</summary>
    private protected virtual void CheckInputs(TSettings settings)
    {
    }

    /// <summary>
    /// Fails with one line when the executable, the config or an input is missing, or an option is out of range;
    /// call it before writing anything for the run.
    /// </summary>
    private protected void Prepare(TSettings settings)
    {
        EnsureFound(settings);
        if (settings.ConfigFile is { } config && !_fileSystem.Exist(config.MakeAbsolute(_environment)))
        {
            throw AnsibleErrors.ConfigMissing(config.MakeAbsolute(_environment).FullPath);
        }

        AnsibleEnvironment.Check(settings);
        CheckInputs(settings);
    }

    /// <summary>
    /// Runs the command and returns its exit code and output. Fails with one line when a secret is on the command line
    /// or the run fails (unless <see cref="ToolSettings.HandleExitCode"/> takes the exit code); the exit code is
    /// recorded either way. <paramref name="beforeStart"/> may write the wrapper's own lines first.
    /// </summary>
    private protected AnsibleRun RunAnsible(
        TSettings settings, string? extraVarsFile, ToolStandardOutput standardOutput, Action<AnsibleProcessOutput>? beforeStart = null)
    {
        var arguments = BuildArguments(settings, extraVarsFile);
        if (ToolArguments.SecretIn(arguments, settings, settings.NamedSecrets()) is { } secret)
        {
            throw AnsibleErrors.SecretOnCommandLine(secret);
        }

        var output = new AnsibleProcessOutput(settings, _log, AnsibleRedaction.For(settings), standardOutput);
        var processSettings = output.RedirectingProcessSettings();
        _running = settings;
        _output = output;
        beforeStart?.Invoke(output);

        // Read in the post action, which Cake runs before it consults HandleExitCode, so the code is known either way.
        var exitCode = 0;
        Run(settings, arguments, processSettings, process => exitCode = process.ExitCodeOnceOutputEnds());
        return new AnsibleRun(exitCode, output);
    }

    /// <summary>The executable that will run, for messages; its bare name when it cannot be resolved.</summary>
    private protected string ExecutableFor(TSettings settings) => GetToolPath(settings)?.FullPath ?? Executable;

    /// <summary>Fails with one line, naming the layers and how to install it, when the executable cannot be found.</summary>
    private void EnsureFound(TSettings settings) =>
        _presence.EnsureFound(settings, () => GetToolPath(settings), path => AnsibleErrors.NotFound(Executable, path));
}
