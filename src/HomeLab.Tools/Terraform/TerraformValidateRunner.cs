using System.Text.Json;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Terraform;

/// <summary>Runs <c>terraform validate -json</c> and reads its diagnostics.</summary>
public sealed class TerraformValidateRunner : TerraformRunner<TerraformValidateSettings>
{
    /// <summary>Creates the runner from Cake's services.</summary>
    public TerraformValidateRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools, log)
    {
    }

    private protected override string Command => "validate";

    private protected override bool CapturesStandardOutput => true;

    /// <summary>
    /// Runs <c>terraform [-chdir=…] validate [-no-color] -json</c>, writes each diagnostic as one line to the log (or
    /// the sink), and fails with the first error's line when the configuration is invalid.
    /// </summary>
    /// <returns>The diagnostics; <see cref="TerraformValidateResult.Valid"/> is false only when HandleExitCode took the failure.</returns>
    public TerraformValidateResult Run(TerraformValidateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var run = RunTerraform(settings);
        var result = TerraformJsonCommand.Parse(run, "validate -json", "diagnostics", TerraformValidateResult.Parse);
        Report(run.Output, result);
        return result;
    }

    private protected override void AppendCommandArguments(ProcessArgumentBuilder arguments, TerraformValidateSettings settings) =>
        arguments.Append("-json");

    private protected override string? FailureDetail(ToolOutput output)
    {
        TerraformValidateResult result;
        try
        {
            result = TerraformValidateResult.Parse(output.StandardOutputText);
        }
        catch (JsonException)
        {
            return base.FailureDetail(output);
        }

        // The JSON was captured, not logged: the diagnostics are written now, so the log holds what the error sums up.
        Report(output, result);
        return TerraformErrors.Detail(result.Diagnostics, []);
    }

    private static void Report(ToolOutput output, TerraformValidateResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            output.Report(diagnostic.ToString(), diagnostic.IsError ? LogLevel.Error : LogLevel.Warning);
        }
    }
}
