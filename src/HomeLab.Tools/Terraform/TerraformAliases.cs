using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;

namespace HomeLab.Tools.Terraform;

/// <summary>
/// Cake aliases for HashiCorp Terraform, named and shaped like Cake.Terraform's where it has them. Each command runs
/// on a root given by <see cref="TerraformSettings.Root"/> (<c>-chdir</c>). Secrets go to terraform through its
/// environment (<see cref="TerraformSettings.SecretEnvironmentVariables"/>,
/// <see cref="TerraformSettingsExtensions.WithProxmoxVariables{T}"/>), never on the command line, and are masked in
/// everything it prints.
/// </summary>
[CakeAliasCategory("Terraform")]
public static class TerraformAliases
{
    /// <summary>Runs <c>terraform init -input=false</c>.</summary>
    [CakeMethodAlias]
    public static void TerraformInit(this ICakeContext context, TerraformInitSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        new TerraformInitRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log)
            .Run(settings ?? new TerraformInitSettings());
    }

    /// <summary>Runs <c>terraform validate -json</c>; fails with the first error's line when the root is invalid.</summary>
    [CakeMethodAlias]
    public static TerraformValidateResult TerraformValidate(this ICakeContext context, TerraformValidateSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new TerraformValidateRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log)
            .Run(settings ?? new TerraformValidateSettings());
    }

    /// <summary>
    /// Runs <c>terraform plan -input=false -detailed-exitcode</c>, saving the plan when
    /// <see cref="TerraformPlanSettings.OutFile"/> is set.
    /// </summary>
    /// <returns>Whether the plan has changes (exit code 2), even when HandleExitCode is set.</returns>
    [CakeMethodAlias]
    public static bool TerraformPlan(this ICakeContext context, TerraformPlanSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new TerraformPlanRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log)
            .Run(settings ?? new TerraformPlanSettings());
    }

    /// <summary>Reads a saved plan with <c>terraform show -json</c>.</summary>
    [CakeMethodAlias]
    public static TerraformPlanDocument TerraformShow(this ICakeContext context, TerraformShowSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        return new TerraformShowRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log)
            .Run(settings);
    }

    /// <summary>Applies exactly a saved plan: <c>terraform apply -input=false -auto-approve "plan"</c>.</summary>
    [CakeMethodAlias]
    public static void TerraformApply(this ICakeContext context, TerraformApplySettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        new TerraformApplyRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log)
            .Run(settings);
    }

    /// <summary>Reads the root outputs with <c>terraform output -json</c>.</summary>
    [CakeMethodAlias]
    public static TerraformOutputs TerraformOutput(this ICakeContext context, TerraformOutputSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new TerraformOutputRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log)
            .Run(settings ?? new TerraformOutputSettings());
    }

    /// <summary>The installed terraform's version, from <c>terraform version -json</c>.</summary>
    [CakeMethodAlias]
    public static Version TerraformVersion(this ICakeContext context, TerraformVersionSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return VersionRunner(context).Run(settings ?? new TerraformVersionSettings());
    }

    /// <summary>
    /// Whether terraform can be found (at <paramref name="toolPath"/>, else through Cake's tool locator and PATH),
    /// without running it; when it cannot, a host can print <see cref="TerraformDescribe(ICakeContext, TerraformPlanSettings)"/>'s
    /// commands instead.
    /// </summary>
    [CakeMethodAlias]
    public static bool TerraformIsAvailable(this ICakeContext context, FilePath? toolPath = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return VersionRunner(context).IsAvailable(new TerraformVersionSettings { ToolPath = toolPath });
    }

    /// <summary>The <c>terraform init</c> command these settings would run, without running it.</summary>
    [CakeMethodAlias]
    public static TerraformCommand TerraformDescribe(this ICakeContext context, TerraformInitSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new TerraformInitRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log)
            .Describe(settings);
    }

    /// <summary>The <c>terraform validate</c> command these settings would run, without running it.</summary>
    [CakeMethodAlias]
    public static TerraformCommand TerraformDescribe(this ICakeContext context, TerraformValidateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new TerraformValidateRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log)
            .Describe(settings);
    }

    /// <summary>The <c>terraform plan</c> command these settings would run, without running it.</summary>
    [CakeMethodAlias]
    public static TerraformCommand TerraformDescribe(this ICakeContext context, TerraformPlanSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new TerraformPlanRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log)
            .Describe(settings);
    }

    /// <summary>The <c>terraform show</c> command these settings would run, without running it.</summary>
    [CakeMethodAlias]
    public static TerraformCommand TerraformDescribe(this ICakeContext context, TerraformShowSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new TerraformShowRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log)
            .Describe(settings);
    }

    /// <summary>The <c>terraform apply</c> command these settings would run, without running it.</summary>
    [CakeMethodAlias]
    public static TerraformCommand TerraformDescribe(this ICakeContext context, TerraformApplySettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new TerraformApplyRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log)
            .Describe(settings);
    }

    /// <summary>The <c>terraform output</c> command these settings would run, without running it.</summary>
    [CakeMethodAlias]
    public static TerraformCommand TerraformDescribe(this ICakeContext context, TerraformOutputSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new TerraformOutputRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log)
            .Describe(settings);
    }

    /// <summary>The <c>terraform version</c> command these settings would run, without running it.</summary>
    [CakeMethodAlias]
    public static TerraformCommand TerraformDescribe(this ICakeContext context, TerraformVersionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        return VersionRunner(context).Describe(settings);
    }

    private static TerraformVersionRunner VersionRunner(ICakeContext context) =>
        new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log);
}
