using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Terraform;

/// <summary>Runs <c>terraform show -json</c> on a saved plan and reads it.</summary>
public sealed class TerraformShowRunner : TerraformRunner<TerraformShowSettings>
{
    private const string PlanProperty = "TerraformShowSettings.PlanFile";

    /// <summary>Creates the runner from Cake's services.</summary>
    public TerraformShowRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools, log)
    {
    }

    private protected override string Command => "show";

    private protected override bool CapturesStandardOutput => true;

    /// <summary>
    /// Runs <c>terraform [-chdir=…] show [-no-color] -json "plan"</c>. Its JSON is parsed, never logged: it holds
    /// sensitive values in clear.
    /// </summary>
    public TerraformPlanDocument Run(TerraformShowSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var run = RunTerraform(settings);
        var redact = ToolRedaction.For(settings);
        return TerraformJsonCommand.Parse(run, "show -json", "plan", json => TerraformPlanDocument.Parse(json, redact));
    }

    private protected override void CheckInputs(TerraformShowSettings settings)
    {
        var plan = TerraformArguments.RequirePlanFile(settings.PlanFile, PlanProperty, Absolute);
        if (!Exists(plan))
        {
            throw TerraformErrors.PlanFileMissing(plan.FullPath);
        }
    }

    private protected override void AppendCommandArguments(ProcessArgumentBuilder arguments, TerraformShowSettings settings) =>
        arguments.Append("-json").AppendQuoted(TerraformArguments.RequirePlanFile(settings.PlanFile, PlanProperty, Absolute).FullPath);
}
