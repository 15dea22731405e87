using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;
using Path = Cake.Core.IO.Path;

namespace HomeLab.Tools.Packer;

/// <summary>Runs <c>packer init</c>, which only packer 1.7 and later have (see <see cref="PackerFeatures"/>).</summary>
public sealed class PackerInitRunner : PackerRunner<PackerInitSettings>
{
    /// <summary>Creates the runner from Cake's services.</summary>
    public PackerInitRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools, log)
    {
    }

    /// <summary>Runs <c>packer init [-upgrade] &lt;template&gt;</c> in the template's folder.</summary>
    public void Run(Path template, PackerInitSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var resolved = Prepare(settings, template);
        var arguments = new ProcessArgumentBuilder().Append("init");
        if (settings.Upgrade)
        {
            arguments.Append("-upgrade");
        }

        RunPacker(settings, "init", arguments.AppendTemplate(resolved), resolved);
    }

    /// <summary>
    /// Runs init unless <paramref name="version"/> has no init command or the template is JSON, and says why when it skips.
    /// </summary>
    /// <returns>Why init was skipped, or <c>null</c> when it ran.</returns>
    public string? RunIfSupported(Path template, Version version, PackerInitSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var resolved = Prepare(settings, template);
        var reason = PackerFeatures.InitSkipReason(version, resolved);
        if (reason is null)
        {
            Run(template, settings);
        }

        return reason;
    }
}
