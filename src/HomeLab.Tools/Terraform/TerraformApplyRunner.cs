using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Terraform;

/// <summary>Runs <c>terraform apply</c> on a saved plan, and only on a saved plan.</summary>
public sealed class TerraformApplyRunner : TerraformRunner<TerraformApplySettings>
{
    private const string PlanProperty = "TerraformApplySettings.Plan";

    /// <summary>Creates the runner from Cake's services.</summary>
    public TerraformApplyRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools, log)
    {
    }

    private protected override string Command => "apply";

    /// <summary>
    /// Runs <c>terraform [-chdir=…] apply [-no-color] -input=false -auto-approve [-parallelism=N]
    /// [-lock-timeout=Ns] "plan"</c>: the flags first, the saved plan last.
    /// </summary>
    public void Run(TerraformApplySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        RunTerraform(settings);
    }

    private protected override void CheckInputs(TerraformApplySettings settings)
    {
        var plan = TerraformArguments.RequirePlanFile(settings.Plan, PlanProperty, Absolute);
        if (!Exists(plan))
        {
            throw TerraformErrors.PlanFileMissing(plan.FullPath);
        }
    }

    private protected override void AppendCommandArguments(ProcessArgumentBuilder arguments, TerraformApplySettings settings)
    {
        var plan = TerraformArguments.RequirePlanFile(settings.Plan, PlanProperty, Absolute);
        arguments.Append("-input=false").Append("-auto-approve")
            .AppendParallelism(settings.Parallelism)
            .AppendLockTimeout(settings.LockTimeout)
            .AppendQuoted(plan.FullPath);
    }
}
