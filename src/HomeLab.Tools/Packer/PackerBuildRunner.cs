using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;
using Path = Cake.Core.IO.Path;

namespace HomeLab.Tools.Packer;

/// <summary>Runs <c>packer build</c>.</summary>
public sealed class PackerBuildRunner : PackerRunner<PackerBuildSettings>
{
    /// <summary>Creates the runner from Cake's services.</summary>
    public PackerBuildRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools, log)
    {
    }

    /// <summary>
    /// Runs <c>packer build -color=false [-force] [-machine-readable] [-timestamp-ui] [-parallel-builds=N]
    /// [-on-error=…] [-only=…] [-except=…] [-var …] [-var-file=…] &lt;template&gt;</c> in the template's folder.
    /// </summary>
    public void Run(Path template, PackerBuildSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var resolved = Prepare(settings, template);
        var arguments = new ProcessArgumentBuilder().Append("build");
        if (!settings.Color)
        {
            arguments.Append("-color=false");
        }

        if (settings.Force)
        {
            arguments.Append("-force");
        }

        if (settings.MachineReadable)
        {
            arguments.Append("-machine-readable");
        }

        if (settings.TimestampUi)
        {
            arguments.Append("-timestamp-ui");
        }

        if (settings.ParallelBuilds is { } parallel)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(parallel, nameof(settings.ParallelBuilds));
            arguments.Append("-parallel-builds=" + parallel.ToString(CultureInfo.InvariantCulture));
        }

        if (settings.OnError is { } onError)
        {
            arguments.Append("-on-error=" + OnErrorText(onError));
        }

        arguments.AppendTemplateOptions(settings, CakeEnvironment).AppendTemplate(resolved);
        RunPacker(settings, "build", arguments, resolved);
    }

    private static string OnErrorText(PackerOnError onError) => onError switch
    {
        PackerOnError.Cleanup => "cleanup",
        PackerOnError.Abort => "abort",
        PackerOnError.Ask => "ask",
        PackerOnError.RunCleanupProvisioner => "run-cleanup-provisioner",
        _ => throw new ArgumentOutOfRangeException(nameof(onError), onError, "Unknown packer -on-error value."),
    };
}
