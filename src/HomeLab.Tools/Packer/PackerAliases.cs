using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Path = Cake.Core.IO.Path;

namespace HomeLab.Tools.Packer;

/// <summary>
/// Cake aliases for HashiCorp Packer. The template is a folder of <c>*.pkr.hcl</c> files or a single template file;
/// packer runs in its folder. Secrets go to packer through its environment (<see cref="PackerSettings.SecretEnvironmentVariables"/>,
/// <see cref="PackerSettingsExtensions.WithPveEnvironment{T}(T, PveVariables)"/>), never on the command line.
/// </summary>
[CakeAliasCategory("Packer")]
public static class PackerAliases
{
    /// <summary>The installed packer's version, from <c>packer version</c> ("Packer v1.6.6" → 1.6.6).</summary>
    [CakeMethodAlias]
    public static Version PackerVersion(this ICakeContext context, PackerVersionSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new PackerVersionRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log)
            .Run(settings ?? new PackerVersionSettings());
    }

    /// <summary>Whether <paramref name="version"/> has <c>packer init</c> (1.7.0 and later).</summary>
    [CakeMethodAlias]
    public static bool PackerSupportsInit(this ICakeContext context, Version version) => PackerFeatures.SupportsInit(version);

    /// <summary>Runs <c>packer init</c> on the template. Needs packer 1.7 or later; see <see cref="PackerInitIfSupported"/>.</summary>
    [CakeMethodAlias]
    public static void PackerInit(this ICakeContext context, Path template, PackerInitSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        InitRunner(context).Run(template, settings ?? new PackerInitSettings());
    }

    /// <summary>
    /// Runs <c>packer init</c> when the installed packer has it (1.7 and later) and the template is HCL2; otherwise logs
    /// why it was skipped. <paramref name="version"/> saves a second <c>packer version</c> when the caller already knows it.
    /// </summary>
    /// <returns>True when init ran.</returns>
    [CakeMethodAlias]
    public static bool PackerInitIfSupported(
        this ICakeContext context, Path template, PackerInitSettings? settings = null, Version? version = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        settings ??= new PackerInitSettings();
        version ??= context.PackerVersion(new PackerVersionSettings
        {
            ToolPath = settings.ToolPath,
            WorkingDirectory = settings.WorkingDirectory,
        });

        var reason = InitRunner(context).RunIfSupported(template, version, settings);
        if (reason is not null)
        {
            context.Log.Write(Verbosity.Normal, LogLevel.Information, "Skipping packer init: {0}.", reason);
        }

        return reason is null;
    }

    /// <summary>Runs <c>packer validate</c> on the template.</summary>
    [CakeMethodAlias]
    public static void PackerValidate(this ICakeContext context, Path template, PackerValidateSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        new PackerValidateRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log)
            .Run(template, settings ?? new PackerValidateSettings());
    }

    /// <summary>Runs <c>packer build</c> on the template, streaming its output to the log with secrets masked.</summary>
    [CakeMethodAlias]
    public static void PackerBuild(this ICakeContext context, Path template, PackerBuildSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        new PackerBuildRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log)
            .Run(template, settings ?? new PackerBuildSettings());
    }

    /// <summary>Reads <c>packer-manifest.json</c> (relative paths are taken from Cake's working directory).</summary>
    [CakeMethodAlias]
    public static PackerManifest PackerReadManifest(this ICakeContext context, FilePath manifest)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(manifest);
        return PackerManifest.Read(manifest.MakeAbsolute(context.Environment).FullPath);
    }

    /// <summary>
    /// Decides from <c>SKIP_BUILD</c> whether to build or to reuse the VMID of the last build in <paramref name="manifest"/>,
    /// and logs the decision.
    /// </summary>
    [CakeMethodAlias]
    public static PackerBuildPlan PackerPlanBuild(this ICakeContext context, FilePath manifest)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(manifest);
        var plan = PackerBuildPlan.Decide(
            context.Environment.GetEnvironmentVariable(PackerBuildPlan.SkipBuildVariable),
            manifest.MakeAbsolute(context.Environment).FullPath);
        context.Log.Write(Verbosity.Normal, LogLevel.Information, "{0}", plan.Reason);
        return plan;
    }

    private static PackerInitRunner InitRunner(ICakeContext context) =>
        new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log);
}
