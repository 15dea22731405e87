using Cake.Core;
using HomeLab.Tools.Docker;

namespace HomeLab.L4.Workloads;

/// <summary>
/// Deploys a stack with Compose (<c>up --detach --remove-orphans</c>) and reads its state (<c>ps --all</c>), or says
/// exactly what it would run. Compose's output streams to the log with the stack's secrets masked.
/// </summary>
/// <param name="context">Cake's context.</param>
/// <param name="redact">The run's redactor, for secrets the stack does not interpolate.</param>
public sealed class StackDeployer(ICakeContext context, Func<string, string>? redact)
{
    /// <summary>Whether a Compose (the plugin or v1) is on PATH, without running anything.</summary>
    public bool ComposeIsAvailable => context.DockerComposeIsAvailable();

    /// <summary>Runs <c>up</c>, then reads the stack's containers.</summary>
    /// <exception cref="CakeException">Compose failed (one line; its output is in the log above).</exception>
    public ComposeStackReport Deploy(StackDeployment deployment)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        var compose = deployment.ComposeSettings(redact);
        context.DockerComposeUp(Up(deployment), compose);
        var containers = context.DockerComposePs(Ps(deployment), compose);
        return new ComposeStackReport(deployment.Stack.Host, deployment.Stack.Stack, new ComposeStackState(containers));
    }

    /// <summary>The <c>up</c> and <c>ps</c> commands <see cref="Deploy"/> runs, without running them.</summary>
    /// <param name="deployment">The stack.</param>
    /// <param name="cli">Which Compose to describe; by default the one a run would detect (which asks <c>docker compose version</c>).</param>
    public IReadOnlyList<DockerComposeCommand> Describe(StackDeployment deployment, ComposeCli cli = ComposeCli.Auto)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        var compose = deployment.ComposeSettings(redact);
        compose.ComposeCommand = cli;
        return [context.DockerComposeDescribe(Up(deployment), compose), context.DockerComposeDescribe(Ps(deployment), compose)];
    }

    private static DockerComposeUpSettings Up(StackDeployment deployment) => new()
    {
        Detach = true,
        RemoveOrphans = true,
        EnvironmentVariables = deployment.PlainEnvironment(),
    };

    private static DockerComposePsSettings Ps(StackDeployment deployment) => new()
    {
        All = true,
        EnvironmentVariables = deployment.PlainEnvironment(),
    };
}
