using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Terraform;

/// <summary>Runs <c>terraform output -json</c> and reads the root outputs.</summary>
public sealed class TerraformOutputRunner : TerraformRunner<TerraformOutputSettings>
{
    /// <summary>Creates the runner from Cake's services.</summary>
    public TerraformOutputRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools, log)
    {
    }

    private protected override string Command => "output";

    private protected override bool CapturesStandardOutput => true;

    /// <summary>
    /// Runs <c>terraform [-chdir=…] output [-no-color] -json</c>. Its JSON is parsed, never logged: sensitive outputs
    /// are in it in clear.
    /// </summary>
    public TerraformOutputs Run(TerraformOutputSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var run = RunTerraform(settings);
        var redact = ToolRedaction.For(settings);
        return TerraformJsonCommand.Parse(run, "output -json", "outputs", json => TerraformOutputs.Parse(json, redact));
    }

    private protected override void AppendCommandArguments(ProcessArgumentBuilder arguments, TerraformOutputSettings settings) =>
        arguments.Append("-json");
}
