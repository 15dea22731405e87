using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Packer;

/// <summary>Runs <c>packer version</c>.</summary>
public sealed class PackerVersionRunner : PackerRunner<PackerVersionSettings>
{
    /// <summary>Creates the runner from Cake's services.</summary>
    public PackerVersionRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools, log)
    {
    }

    /// <summary>Returns the installed packer's version (e.g. 1.6.6 for "Packer v1.6.6").</summary>
    /// <exception cref="CakeException">packer is missing, fails, or prints no version.</exception>
    public Version Run(PackerVersionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var output = RunPacker(settings, "version", new ProcessArgumentBuilder().Append("version"), template: null, logOutput: false);
        return PackerVersionText.Parse(string.Join('\n', output))
            ?? throw PackerErrors.NoVersion(ExecutableFor(settings), output);
    }
}
