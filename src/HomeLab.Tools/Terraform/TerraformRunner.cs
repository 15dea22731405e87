using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Terraform;

/// <summary>
/// The base of the terraform runners: finds terraform, runs it on a root with <c>-chdir</c>, hands it its variables
/// through the environment (never the command line), streams its output to the log or the caller's sink with secrets
/// masked, and turns a failure into one line carrying terraform's own error.
/// </summary>
/// <remarks>A runner serves one command at a time; the aliases create one per call, as Cake's own aliases do.</remarks>
public abstract class TerraformRunner<TSettings> : Tool<TSettings>
    where TSettings : TerraformSettings
{
    /// <summary>Tells terraform no human is at the keyboard, so it leaves out "run terraform apply next" hints.</summary>
    public const string InAutomationVariable = "TF_IN_AUTOMATION";

    /// <summary>Set to 0 so terraform never waits for input, even where a command has no <c>-input</c> flag.</summary>
    public const string InputVariable = "TF_INPUT";

    /// <summary>Stops terraform asking checkpoint.hashicorp.com whether it is current (the lab may have no internet).</summary>
    public const string CheckpointDisableVariable = "CHECKPOINT_DISABLE";

    private readonly IFileSystem _fileSystem;
    private readonly ICakeEnvironment _environment;
    private readonly ICakeLog _log;
    private readonly ToolPresence _presence;
    private ToolOutput? _output;
    private bool _outputLogged;

    /// <summary>Creates the runner from Cake's services (as an alias does, from the context).</summary>
    private protected TerraformRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools)
    {
        _fileSystem = fileSystem;
        _environment = environment;
        _presence = new ToolPresence(fileSystem, environment);
        _log = log ?? throw new ArgumentNullException(nameof(log));
    }

    /// <summary>The terraform command this runner runs, e.g. <c>plan</c>.</summary>
    private protected abstract string Command { get; }

    /// <summary>Whether standard output is JSON to parse rather than lines to log.</summary>
    private protected virtual bool CapturesStandardOutput => false;

    /// <summary>
    /// The command line <paramref name="settings"/> would run, without running it; works when terraform is missing.
    /// </summary>
    public TerraformCommand Describe(TSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var redact = ToolRedaction.For(settings);
        var arguments = ToolArguments.Shown(BuildArguments(settings), settings, redact);
        var variables = GetEnvironmentVariables(settings);
        var program = GetToolPath(settings)?.FullPath ?? settings.ToolPath?.MakeAbsolute(_environment).FullPath ?? "terraform";
        return new TerraformCommand(program, arguments, WorkingDirectoryFor(settings).FullPath, ToolEnvironment.NamesOf(variables))
        {
            Variables = ToolEnvironment.Shown(variables, settings.SecretEnvironmentVariables.Keys, redact),
        };
    }

    /// <summary>
    /// Whether terraform can be found (at <see cref="ToolSettings.ToolPath"/>, else through Cake's tool locator and
    /// PATH), without running it.
    /// </summary>
    public bool IsAvailable(TSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return _presence.IsAvailable(settings, () => GetToolPath(settings));
    }

    /// <inheritdoc />
    protected override string GetToolName() => "Terraform";

    /// <inheritdoc />
    protected override IEnumerable<string> GetToolExecutableNames() => ["terraform", "terraform.exe"];

    /// <inheritdoc />
    protected override IDictionary<string, string> GetEnvironmentVariables(TSettings settings) => ToolEnvironment.Merge(
        base.GetEnvironmentVariables(settings),
        settings.SecretEnvironmentVariables,
        defaults: [new(InAutomationVariable, "1"), new(InputVariable, "0"), new(CheckpointDisableVariable, "1")]);

    /// <inheritdoc />
    protected override void ProcessExitCode(int exitCode)
    {
        if (!Succeeded(exitCode))
        {
            var output = _output;
            var detail = output is null ? null : FailureDetail(output) is { } found ? output.Redact(found) : null;
            throw TerraformErrors.CommandFailed(Command, exitCode, detail, _outputLogged);
        }
    }

    /// <summary>Whether <paramref name="exitCode"/> means success; only 0 unless the command says otherwise.</summary>
    private protected virtual bool Succeeded(int exitCode) => exitCode == 0;

    /// <summary>What went wrong, for the one-line error: terraform's first error diagnostic by default.</summary>
    private protected virtual string? FailureDetail(ToolOutput output) =>
        TerraformErrors.Detail(TerraformDiagnosticText.Parse(output.Lines), output.Lines);

    /// <summary>Appends what follows the command and <c>-no-color</c>, e.g. <c>-input=false -detailed-exitcode</c>.</summary>
    private protected abstract void AppendCommandArguments(ProcessArgumentBuilder arguments, TSettings settings);

    /// <summary>Checks on disk what the command needs besides the root (e.g. a saved plan), before it runs.</summary>
    private protected virtual void CheckInputs(TSettings settings)
    {
    }

    /// <summary>A path from the settings, made absolute against Cake's working directory.</summary>
    private protected FilePath Absolute(FilePath path) => path.MakeAbsolute(_environment);

    /// <summary>Whether <paramref name="path"/> exists.</summary>
    private protected bool Exists(FilePath path) => _fileSystem.Exist(path);

    /// <summary>The executable that will run, for messages; <c>terraform</c> when it cannot be resolved.</summary>
    private protected string ExecutableFor(TSettings settings) => GetToolPath(settings)?.FullPath ?? "terraform";

    /// <summary>
    /// Runs the command and returns its exit code and output. Fails with one line when terraform is missing, the
    /// root is missing, a secret is on the command line, or terraform fails (unless
    /// <see cref="ToolSettings.HandleExitCode"/> takes the exit code); the exit code is recorded either way.
    /// </summary>
    private protected TerraformRun RunTerraform(TSettings settings)
    {
        EnsureFound(settings);
        if (RootFor(settings) is { } root && !_fileSystem.Exist(root))
        {
            throw TerraformErrors.RootMissing(root.FullPath);
        }

        CheckInputs(settings);
        var arguments = BuildArguments(settings);
        if (ToolArguments.SecretIn(arguments, settings, settings.SecretEnvironmentVariables) is { } secret)
        {
            throw TerraformErrors.SecretOnCommandLine(secret);
        }

        var output = new ToolOutput(
            settings, _log, ToolRedaction.For(settings), CapturesStandardOutput ? ToolStandardOutput.Capture : ToolStandardOutput.Stream);
        var processSettings = output.RedirectingProcessSettings();
        _output = output;
        _outputLogged = settings.LogOutput;
        foreach (var name in TerraformInheritedNames.ReleaseCaseVariants(GetEnvironmentVariables(settings).Keys))
        {
            _log.Verbose($"terraform: {name} removed from the inherited environment, so that its exact-case namesake reaches terraform.");
        }

        // Read in the post action, which Cake runs before it consults HandleExitCode, so the code is known either way.
        var exitCode = 0;
        Run(settings, arguments, processSettings, process => exitCode = process.ExitCodeOnceOutputEnds());
        return new TerraformRun(exitCode, output);
    }

    private ProcessArgumentBuilder BuildArguments(TSettings settings)
    {
        var arguments = new ProcessArgumentBuilder();
        if (RootFor(settings) is { } root)
        {
            arguments.AppendSwitchQuoted("-chdir", "=", root.FullPath);
        }

        arguments.Append(Command);
        if (settings.UsesNoColor)
        {
            arguments.Append("-no-color");
        }

        AppendCommandArguments(arguments, settings);
        return arguments;
    }

    private DirectoryPath? RootFor(TSettings settings) => settings.Root?.MakeAbsolute(_environment);

    private DirectoryPath WorkingDirectoryFor(TSettings settings) =>
        (settings.WorkingDirectory ?? _environment.WorkingDirectory).MakeAbsolute(_environment);

    /// <summary>Fails with one line, naming the layer and how to install it, when terraform cannot be found.</summary>
    private void EnsureFound(TSettings settings) => _presence.EnsureFound(settings, () => GetToolPath(settings), TerraformErrors.NotFound);
}
