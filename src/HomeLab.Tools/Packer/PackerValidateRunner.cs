using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;
using Path = Cake.Core.IO.Path;

namespace HomeLab.Tools.Packer;

/// <summary>Runs <c>packer validate</c>.</summary>
public sealed class PackerValidateRunner : PackerRunner<PackerValidateSettings>
{
    /// <summary>Creates the runner from Cake's services.</summary>
    public PackerValidateRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools, log)
    {
    }

    /// <summary>Runs <c>packer validate [-syntax-only] [-only=…] [-except=…] [-var …] [-var-file=…] &lt;template&gt;</c>.</summary>
    public void Run(Path template, PackerValidateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var resolved = Prepare(settings, template);
        var arguments = new ProcessArgumentBuilder().Append("validate");
        if (settings.SyntaxOnly)
        {
            arguments.Append("-syntax-only");
        }

        arguments.AppendTemplateOptions(settings, CakeEnvironment).AppendTemplate(resolved);
        RunPacker(settings, "validate", arguments, resolved);
    }
}
