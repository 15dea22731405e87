using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Terraform;

/// <summary>Runs <c>terraform plan -detailed-exitcode</c>, where exit code 2 means "changes", not failure.</summary>
public sealed class TerraformPlanRunner : TerraformRunner<TerraformPlanSettings>
{
    /// <summary>The exit code <c>-detailed-exitcode</c> gives when the plan has changes.</summary>
    public const int ChangesExitCode = 2;

    /// <summary>Creates the runner from Cake's services.</summary>
    public TerraformPlanRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools, log)
    {
    }

    /// <summary>
    /// Whether the last plan has changes (exit code 2). Read from the exit code itself, so it holds even when
    /// <see cref="ToolSettings.HandleExitCode"/> takes the exit code.
    /// </summary>
    public bool HasChanges { get; private set; }

    /// <summary>The last plan's exit code: 0 no changes, 1 error (when HandleExitCode took it), 2 changes.</summary>
    public int ExitCode { get; private set; }

    private protected override string Command => "plan";

    /// <summary>
    /// Runs <c>terraform [-chdir=…] plan [-no-color] -input=false -detailed-exitcode [-out="file"] [-destroy]
    /// [-refresh=false] [-parallelism=N] [-lock-timeout=Ns] [-var-file="file"] [-var "k=v"]…</c>.
    /// </summary>
    /// <returns>Whether the plan has changes.</returns>
    public bool Run(TerraformPlanSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        HasChanges = false;
        var run = RunTerraform(settings);
        ExitCode = run.ExitCode;
        HasChanges = run.ExitCode == ChangesExitCode;
        return HasChanges;
    }

    private protected override bool Succeeded(int exitCode) => exitCode is 0 or ChangesExitCode;

    private protected override void AppendCommandArguments(ProcessArgumentBuilder arguments, TerraformPlanSettings settings)
    {
        arguments.Append("-input=false").Append("-detailed-exitcode");
        if (settings.OutFile is { } outFile)
        {
            arguments.AppendSwitchQuoted("-out", "=", Absolute(outFile).FullPath);
        }

        if (settings.Destroy)
        {
            arguments.Append("-destroy");
        }

        if (!settings.Refresh)
        {
            arguments.Append("-refresh=false");
        }

        arguments.AppendParallelism(settings.Parallelism).AppendLockTimeout(settings.LockTimeout);
        if (settings.InputVariablesFile is { } file)
        {
            arguments.AppendSwitchQuoted("-var-file", "=", Absolute(file).FullPath);
        }

        foreach (var (name, value) in settings.InputVariables)
        {
            arguments.AppendSwitchQuoted("-var", " ", $"{name}={value}");
        }
    }
}
