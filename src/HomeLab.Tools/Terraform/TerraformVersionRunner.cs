using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Terraform;

/// <summary>Runs <c>terraform version -json</c>.</summary>
public sealed class TerraformVersionRunner : TerraformRunner<TerraformVersionSettings>
{
    /// <summary>Creates the runner from Cake's services.</summary>
    public TerraformVersionRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools, log)
    {
    }

    private protected override string Command => "version";

    private protected override bool CapturesStandardOutput => true;

    /// <summary>Returns the installed terraform's version (e.g. 1.11.4), read from its JSON or, failing that, its text.</summary>
    /// <exception cref="CakeException">terraform is missing, fails, or prints no version.</exception>
    public Version Run(TerraformVersionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var run = RunTerraform(settings);
        return TerraformVersionText.Parse(run.Output.StandardOutputText)
            ?? throw TerraformErrors.NoVersion(ExecutableFor(settings));
    }

    private protected override void AppendCommandArguments(ProcessArgumentBuilder arguments, TerraformVersionSettings settings) =>
        arguments.Append("-json");
}
