using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Terraform;

/// <summary>Runs <c>terraform init</c>.</summary>
public sealed class TerraformInitRunner : TerraformRunner<TerraformInitSettings>
{
    /// <summary>Creates the runner from Cake's services.</summary>
    public TerraformInitRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools, log)
    {
    }

    private protected override string Command => "init";

    /// <summary>
    /// Runs <c>terraform [-chdir=…] init [-no-color] -input=false [-backend=false] [-backend-config "k=v"]…
    /// [-upgrade] [-reconfigure] [-force-copy]</c>.
    /// </summary>
    public void Run(TerraformInitSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        RunTerraform(settings);
    }

    private protected override void AppendCommandArguments(ProcessArgumentBuilder arguments, TerraformInitSettings settings)
    {
        arguments.Append("-input=false");
        if (!settings.Backend)
        {
            arguments.Append("-backend=false");
        }

        foreach (var (key, value) in settings.BackendConfigOverrides)
        {
            arguments.AppendSwitchQuoted("-backend-config", " ", $"{key}={value}");
        }

        if (settings.Upgrade)
        {
            arguments.Append("-upgrade");
        }

        if (settings.ForceReconfigure)
        {
            arguments.Append("-reconfigure");
        }

        if (settings.ForceCopy)
        {
            arguments.Append("-force-copy");
        }
    }
}
