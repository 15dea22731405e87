using Cake.Core;
using Cake.Core.Annotations;

namespace HomeLab.Tools.Docker;

/// <summary>
/// Cake aliases for Docker Compose, named and shaped like Cake.Docker's:
/// <c>DockerComposeXxx(settings, composeSettings, services…)</c>. Unlike Cake.Docker they run <c>docker compose</c>
/// (v2) when the docker CLI has the plugin and <c>docker-compose</c> (v1) otherwise
/// (<see cref="DockerComposeSettings.ComposeCommand"/>), build each argument from a named property, and hand secrets
/// to Compose only through its environment (<see cref="DockerComposeSettings.SecretEnvironmentVariables"/>), masked in
/// everything it prints.
/// </summary>
[CakeAliasCategory("Docker Compose")]
public static class DockerComposeAliases
{
    /// <summary>Runs <c>compose up</c> on <paramref name="services"/> (all when none).</summary>
    [CakeMethodAlias]
    public static void DockerComposeUp(
        this ICakeContext context, DockerComposeUpSettings? settings, DockerComposeSettings? composeSettings = null, params string[] services)
    {
        ArgumentNullException.ThrowIfNull(context);
        UpRunner(context).Run(settings ?? new DockerComposeUpSettings(), composeSettings, services);
    }

    /// <summary>Runs <c>compose down</c>: stops and removes the stack's containers and networks.</summary>
    [CakeMethodAlias]
    public static void DockerComposeDown(this ICakeContext context, DockerComposeDownSettings? settings, DockerComposeSettings? composeSettings = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        DownRunner(context).Run(settings ?? new DockerComposeDownSettings(), composeSettings);
    }

    /// <summary>Runs <c>compose pull</c> on <paramref name="services"/> (all when none).</summary>
    [CakeMethodAlias]
    public static void DockerComposePull(
        this ICakeContext context, DockerComposePullSettings? settings, DockerComposeSettings? composeSettings = null, params string[] services)
    {
        ArgumentNullException.ThrowIfNull(context);
        PullRunner(context).Run(settings ?? new DockerComposePullSettings(), composeSettings, services);
    }

    /// <summary>Runs <c>compose ps</c> and returns the containers of <paramref name="services"/> (all when none).</summary>
    [CakeMethodAlias]
    public static IReadOnlyList<DockerComposeContainer> DockerComposePs(
        this ICakeContext context, DockerComposePsSettings? settings, DockerComposeSettings? composeSettings = null, params string[] services)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PsRunner(context).Run(settings ?? new DockerComposePsSettings(), composeSettings, services);
    }

    /// <summary>The stack's state (its containers, stopped ones included), e.g. right after <c>up</c>.</summary>
    [CakeMethodAlias]
    public static ComposeStackState DockerComposeState(this ICakeContext context, DockerComposeSettings? composeSettings = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ComposeStackState(PsRunner(context).Run(new DockerComposePsSettings { All = true }, composeSettings));
    }

    /// <summary>Runs <c>compose logs</c> (without following) and returns its lines, secrets masked.</summary>
    [CakeMethodAlias]
    public static IReadOnlyList<string> DockerComposeLogs(
        this ICakeContext context, DockerComposeLogsSettings? settings, DockerComposeSettings? composeSettings = null, params string[] services)
    {
        ArgumentNullException.ThrowIfNull(context);
        return LogsRunner(context).Run(settings ?? new DockerComposeLogsSettings(), composeSettings, services);
    }

    /// <summary>Whether a Compose can be found for <paramref name="composeSettings"/>, without running anything.</summary>
    [CakeMethodAlias]
    public static bool DockerComposeIsAvailable(this ICakeContext context, DockerComposeSettings? composeSettings = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PsRunner(context).IsAvailable(new DockerComposePsSettings(), composeSettings);
    }

    /// <summary>The <c>compose up</c> command these settings would run (and which Compose), without running it.</summary>
    [CakeMethodAlias]
    public static DockerComposeCommand DockerComposeDescribe(
        this ICakeContext context, DockerComposeUpSettings settings, DockerComposeSettings? composeSettings = null, params string[] services)
    {
        ArgumentNullException.ThrowIfNull(context);
        return UpRunner(context).Describe(settings, composeSettings, services);
    }

    /// <summary>The <c>compose down</c> command these settings would run (and which Compose), without running it.</summary>
    [CakeMethodAlias]
    public static DockerComposeCommand DockerComposeDescribe(
        this ICakeContext context, DockerComposeDownSettings settings, DockerComposeSettings? composeSettings = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return DownRunner(context).Describe(settings, composeSettings);
    }

    /// <summary>The <c>compose pull</c> command these settings would run (and which Compose), without running it.</summary>
    [CakeMethodAlias]
    public static DockerComposeCommand DockerComposeDescribe(
        this ICakeContext context, DockerComposePullSettings settings, DockerComposeSettings? composeSettings = null, params string[] services)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PullRunner(context).Describe(settings, composeSettings, services);
    }

    /// <summary>The <c>compose ps</c> command these settings would run (and which Compose), without running it.</summary>
    [CakeMethodAlias]
    public static DockerComposeCommand DockerComposeDescribe(
        this ICakeContext context, DockerComposePsSettings settings, DockerComposeSettings? composeSettings = null, params string[] services)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PsRunner(context).Describe(settings, composeSettings, services);
    }

    /// <summary>The <c>compose logs</c> command these settings would run (and which Compose), without running it.</summary>
    [CakeMethodAlias]
    public static DockerComposeCommand DockerComposeDescribe(
        this ICakeContext context, DockerComposeLogsSettings settings, DockerComposeSettings? composeSettings = null, params string[] services)
    {
        ArgumentNullException.ThrowIfNull(context);
        return LogsRunner(context).Describe(settings, composeSettings, services);
    }

    private static DockerComposeUpRunner UpRunner(ICakeContext context) =>
        new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log);

    private static DockerComposeDownRunner DownRunner(ICakeContext context) =>
        new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log);

    private static DockerComposePullRunner PullRunner(ICakeContext context) =>
        new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log);

    private static DockerComposePsRunner PsRunner(ICakeContext context) =>
        new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log);

    private static DockerComposeLogsRunner LogsRunner(ICakeContext context) =>
        new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log);
}
