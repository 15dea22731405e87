using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using HomeLab.L3.OS;
using HomeLab.L4.Workloads;
using HomeLab.Secrets;
using HomeLab.Tools.Ansible;
using HomeLab.Tools.Ansible.Inventory;
using HomeLab.Tools.Docker;
using HomeLab.Tools.WhatIf;
using Spectre.Console;

namespace HomeLab.Build.Tasks;

/// <summary>
/// L4's Docker Compose stacks: <c>--stack=&lt;host&gt;/&lt;stack&gt;</c> deploys <c>compose/&lt;host&gt;/&lt;stack&gt;/compose.yaml</c>
/// to the host's engine over SSH (its address from the inventory), prints the stacks' state and writes
/// <c>artifacts/l4/stacks.json</c>. Under --simulate it prints the exact commands and changes nothing; under --dryrun it says what it would run (<see cref="IWhatIf"/>).
/// </summary>
[TaskName("DeployStacks")]
[TaskDescription("L4: deploy the Docker Compose stacks of --stack=<host>/<stack> (compose/<host>/<stack>/compose.yaml) to their hosts")]
[IsDependentOn(typeof(ConvergeWorkloadsTask))]
public sealed class DeployStacksTask(IAnsiConsole console, SecretRedactor redactor) : FrostingTask<BuildContext>, IWhatIf, ICriteriaDescription
{
    public string DescribeCriteria(ICakeContext context) => StackArguments.IsGiven(context.Arguments)
        ? $"--stack={string.Join(",", StackArguments.Values(context.Arguments))}"
        : NoStack;

    /// <summary>Why the task is skipped without <c>--stack</c>.</summary>
    public const string NoStack = "no --stack";

    private const string AnsibleMissing = "ansible-inventory was not found on PATH; L4 needs it to find a stack's host: apt-get install ansible-core.";
    private const string ComposeMissing = "Neither the docker compose plugin nor docker-compose was found on PATH; L4 needs one: apt-get install docker-compose (v1) or docker-compose-plugin (v2).";

    public override bool ShouldRun(BuildContext context) => StackArguments.IsGiven(context.Arguments);

    public override string SkippedMessage => NoStack;

    public override void Run(BuildContext context)
    {
        var deployments = Plan(context, redactor, rehearsal: context.IsSimulation);
        var deployer = new StackDeployer(context, redactor.Redact);
        if (context.IsSimulation)
        {
            Show(context, deployer, deployments, "--simulate");
            return;
        }

        if (!deployer.ComposeIsAvailable)
        {
            Show(context, deployer, deployments, "no Compose found");
            throw new CakeException(ComposeMissing);
        }

        Deploy(context, deployer, deployments);
    }

    /// <summary>
    /// What a dry run shows (Cake runs no task action then): the inventory read that finds each stack's host, then the
    /// exact compose commands; nothing runs, so DOCKER_HOST stays unknown and the plugin is assumed when docker is there.
    /// </summary>
    IReadOnlyList<PlanStep> IWhatIf.WhatIf(BuildContext context)
    {
        var (located, planner, inventory) = Locate(context, redactor);
        var deployer = new StackDeployer(context, redactor.Redact);
        var steps = new List<PlanStep>
        {
            PlanStep.Run($"read the inventory ({inventory.Description}), for each stack's host address", context.AnsibleDescribe(inventory.Settings(redactor.Redact))),
        };
        foreach (var stack in located)
        {
            var deployment = planner.Plan(stack, null, inventory.Description);
            steps.Add(PlanStep.Note($"{deployment.Stack}: DOCKER_HOST is ssh://<user@address of {deployment.Stack.Host} in the inventory> (not read in a dry run)"
                + (deployment.Variables.Unset.Count == 0 ? string.Empty : $"; not set: {string.Join(", ", deployment.Variables.Unset)} (Compose takes the file's default or an empty string)")));
            foreach (var (cli, when) in Composes(context))
            {
                var commands = deployer.Describe(deployment, cli);
                steps.Add(PlanStep.Run($"{deployment.Stack}: compose up{when}", commands[0]));
                steps.Add(PlanStep.Run($"{deployment.Stack}: read its containers{when}; write artifacts/l4/stacks.json", commands[1]));
            }
        }

        return steps;
    }

    /// <summary>
    /// The Compose a run would use, found without running anything. Which one it is when both are there, a run learns
    /// by asking <c>docker compose version</c>; a dry run asks nothing, so it shows both, each with its condition.
    /// </summary>
    private static IReadOnlyList<(ComposeCli Cli, string When)> Composes(BuildContext context)
    {
        var docker = context.DockerComposeIsAvailable(new DockerComposeSettings { ComposeCommand = ComposeCli.Plugin });
        var standalone = context.DockerComposeIsAvailable(new DockerComposeSettings { ComposeCommand = ComposeCli.Standalone });
        return (docker, standalone) switch
        {
            (true, true) => [(ComposeCli.Plugin, ", if docker has the compose plugin"), (ComposeCli.Standalone, ", if it has not")],
            (false, true) => [(ComposeCli.Standalone, string.Empty)],
            (true, false) => [(ComposeCli.Plugin, ", if docker has the compose plugin (there is no docker-compose)")],
            _ => [(ComposeCli.Plugin, " (no Compose on PATH: the run would fail)")],
        };
    }

    private void Deploy(BuildContext context, StackDeployer deployer, IReadOnlyList<StackDeployment> deployments)
    {
        var json = context.ArtifactsDirectory.Combine("l4").CombineWithFilePath("stacks.json");
        if (File.Exists(json.FullPath))
        {
            File.Delete(json.FullPath); // a failed run leaves no earlier run's state behind
        }

        var reports = new List<ComposeStackReport>();
        try
        {
            foreach (var deployment in deployments)
            {
                context.Log.Information($"{deployment.Stack}: compose up on {deployment.DockerHost}");
                reports.Add(deployer.Deploy(deployment));
            }
        }
        finally
        {
            if (reports.Count > 0)
            {
                new ComposeStacksConsoleRenderer(console).Render(reports);
                ComposeStacksJson.Write(json.FullPath, reports);
                context.Log.Information($"Wrote {context.Environment.WorkingDirectory.GetRelativePath(json)}.");
            }
        }

        var notUp = reports.Where(report => !report.State.IsUp).ToList();
        if (notUp.Count > 0)
        {
            throw new CakeException($"L4 stacks not up: {string.Join("; ", notUp.Select(report => $"{report.Host}/{report.Stack} {report.State.Summary}"))}.");
        }
    }

    private static IReadOnlyList<StackDeployment> Plan(BuildContext context, SecretRedactor redactor, bool rehearsal)
    {
        var (located, planner, inventory) = Locate(context, redactor);
        try
        {
            inventory.RenderFromL2();
        }
        catch (InvalidDataException error)
        {
            throw new CakeException(error.Message);
        }

        var hosts = ReadInventory(context, inventory, redactor, rehearsal);
        return located.Select(stack => planner.Plan(stack, hosts, inventory.Description)).ToList();
    }

    /// <summary>The stacks asked for and their compose files, from the lab alone; fails in one line for a bad <c>--stack</c>.</summary>
    private static (IReadOnlyList<(StackReference Stack, string File)> Located, StackPlanner Planner, StackInventory Inventory) Locate(
        BuildContext context, SecretRedactor redactor)
    {
        IReadOnlyList<StackReference> stacks;
        try
        {
            stacks = StackSelection.Parse(StackArguments.Values(context.Arguments));
        }
        catch (ArgumentException error)
        {
            throw new CakeException(error.Message);
        }

        var layout = new AnsibleLabLayout(context.LabDirectory.FullPath);
        var planner = new StackPlanner(layout, context.Environment.GetEnvironmentVariable, redactor.Redact);
        return (planner.Locate(stacks), planner, new StackInventory(layout, context.ArtifactsDirectory.FullPath));
    }

    private static AnsibleInventoryResult? ReadInventory(BuildContext context, StackInventory inventory, SecretRedactor redactor, bool rehearsal)
    {
        var settings = inventory.Settings(redactor.Redact);
        if (context.AnsibleInventoryIsAvailable())
        {
            return context.AnsibleInventory(settings);
        }

        context.Log.Information("L4 reads the stacks' hosts with:");
        context.Log.Information($"  {context.AnsibleDescribe(settings)}");
        if (!rehearsal)
        {
            throw new CakeException(AnsibleMissing);
        }

        context.Log.Warning($"Note: {AnsibleMissing} (a rehearsal: DOCKER_HOST stays unknown below).");
        return null;
    }

    private static void Show(BuildContext context, StackDeployer deployer, IReadOnlyList<StackDeployment> deployments, string why)
    {
        foreach (var deployment in deployments)
        {
            context.Log.Information($"{deployment.Stack}: L4 would run ({why}; nothing is changed):");
            foreach (var command in deployer.Describe(deployment))
            {
                context.Log.Information($"  {command}");
            }

            var environment = deployment.EnvironmentForDisplay(SecretRedactor.Mask);
            context.Log.Information($"  with {(environment.Count == 0 ? "no variables" : string.Join(", ", environment))}");
            if (deployment.Variables.Unset.Count > 0)
            {
                context.Log.Information($"  not set: {string.Join(", ", deployment.Variables.Unset)} (Compose takes the file's default or an empty string)");
            }
        }
    }
}
