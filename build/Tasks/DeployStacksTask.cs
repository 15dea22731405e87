using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using HomeLab.L3.OS;
using HomeLab.L4.Workloads;
using HomeLab.Secrets;
using HomeLab.Tools.Ansible;
using HomeLab.Tools.Ansible.Inventory;
using HomeLab.Tools.Docker;
using Spectre.Console;

namespace HomeLab.Build.Tasks;

/// <summary>
/// L4's Docker Compose stacks: <c>--stack=&lt;host&gt;/&lt;stack&gt;</c> deploys <c>compose/&lt;host&gt;/&lt;stack&gt;/compose.yaml</c>
/// to the host's engine over SSH (its address from the inventory), prints the stacks' state and writes
/// <c>artifacts/l4/stacks.json</c>. Under --simulate or --dryrun it prints the exact commands and changes nothing.
/// </summary>
[TaskName("DeployStacks")]
[TaskDescription("L4: deploy the Docker Compose stacks of --stack=<host>/<stack> (compose/<host>/<stack>/compose.yaml) to their hosts")]
[IsDependentOn(typeof(ConvergeWorkloadsTask))]
public sealed class DeployStacksTask(IAnsiConsole console, SecretRedactor redactor) : FrostingTask<BuildContext>, IDryRunPreview, ICriteriaDescription
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

    /// <summary>What a dry run shows (Cake runs no task action then): the exact commands, nothing run.</summary>
    void IDryRunPreview.PreviewDryRun(BuildContext context)
    {
        if (StackArguments.IsGiven(context.Arguments))
        {
            Show(context, new StackDeployer(context, redactor.Redact), Plan(context, redactor, rehearsal: true), "--dryrun");
        }
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
        var located = planner.Locate(stacks);
        var inventory = new StackInventory(layout, context.ArtifactsDirectory.FullPath);
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
