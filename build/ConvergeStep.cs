using Cake.Core;
using Cake.Core.Diagnostics;
using HomeLab.L3.OS;
using HomeLab.Secrets;
using HomeLab.Tools.Ansible;
using HomeLab.Tools.WhatIf;
using Spectre.Console;

namespace HomeLab.Build;

/// <summary>
/// One playbook run of L3, L4, Reboot or Shutdown as the host does it: checks the group against the inventory, then
/// converges, or under <c>--simulate</c> prints the exact command and ansible's own
/// <c>--list-hosts --list-tasks</c> and changes no host. Without ansible it prints the commands and fails in one line
/// (a preview notes it and goes on).
/// </summary>
internal sealed class ConvergeStep
{
    private const string InstallHint = "apt-get install ansible-core (or pipx install ansible-core)";

    private readonly BuildContext _context;
    private readonly Converger _converger;

    public ConvergeStep(BuildContext context, IAnsiConsole console, SecretRedactor redactor)
    {
        _context = context;
        var environment = new ConvergeEnvironment(
            new AnsibleLabLayout(context.LabDirectory.FullPath),
            new ConvergeArtifacts(context.ArtifactsDirectory.FullPath),
            OutputIsTerminal: !Console.IsOutputRedirected,
            redactor.Redact)
        {
            InventoryCacheDirectory = context.Environment.WorkingDirectory.Combine(".cache/l3").FullPath,
            RendersL2Inventory = !Switches.IsDryRun,
        };
        _converger = new Converger(context, environment, console);
    }

    /// <summary>Runs (or previews) the request <paramref name="request"/> makes of the checked group.</summary>
    /// <param name="what">What runs, for messages: <c>L3</c>, <c>L4</c>, <c>Reboot</c>, <c>Shutdown</c>.</param>
    /// <param name="group">The group asked for; null when none was (the error lists the inventory's groups).</param>
    /// <param name="preview">Change no host: print the command and list the hosts and tasks.</param>
    public void Execute(string what, string? group, Func<string, ConvergeRequest> request, bool preview)
    {
        try
        {
            if (!_converger.IsAvailable)
            {
                CannotRun(what, request(group ?? "<group>"), preview);
                return;
            }

            var checkedGroup = ConvergeGroups.Require(group, _converger.ReadInventory(keep: !preview), what);
            var asked = request(checkedGroup);
            if (preview)
            {
                Preview(asked);
                return;
            }

            _converger.Converge(asked);
        }
        catch (Exception ex) when (ex is ArgumentException or IOException)
        {
            throw new CakeException(ex.Message);
        }
    }

    /// <summary>
    /// What <see cref="Execute"/> would run, for a dry run, starting no tool: the inventory read that checks the group
    /// (or the check against the listing an earlier run kept), then the playbook's exact command.
    /// </summary>
    public IReadOnlyList<PlanStep> WhatIf(string what, string? group, Func<string, ConvergeRequest> request)
    {
        try
        {
            var kept = _converger.KeptInventory();
            if (group is null)
            {
                if (kept is not null)
                {
                    ConvergeGroups.Require(group, kept, what); // fails, listing the inventory's groups
                }

                throw new CakeException($"{what} needs --group=<group>.");
            }

            var commands = _converger.Describe(request(group));
            var check = kept is null
                ? PlanStep.Run($"read the inventory, to check that it has '{group}'", commands[0])
                : PlanStep.Note($"the inventory has '{ConvergeGroups.Require(group, kept, what)}' (checked against the listing kept from an earlier run)");
            var playbook = commands[1];
            var extraVars = playbook.ExtraVars.Count == 0 ? string.Empty : $" (extra vars: {string.Join(", ", playbook.ExtraVars)})";
            return [check, PlanStep.Run(request(group).Title + extraVars, playbook)];
        }
        catch (Exception ex) when (ex is ArgumentException or IOException)
        {
            throw new CakeException(ex.Message);
        }
    }

    /// <summary>Whether this run only previews: <c>--simulate</c> (a dry run runs no task action; it asks <see cref="WhatIf"/>).</summary>
    public static bool IsPreview(BuildContext context) => context.IsSimulation;

    private void Preview(ConvergeRequest request)
    {
        _context.Log.Information($"{request.Title}: --simulate changes no host; it would run:");
        _context.Log.Information($"  {_context.AnsibleDescribe(_converger.Settings(request))}");
        _context.Log.Information($"{request.Title}: ansible-playbook --list-hosts --list-tasks:");
        _converger.List(request);
    }

    private void CannotRun(string what, ConvergeRequest request, bool preview)
    {
        _context.Log.Information($"{what} would run:");
        foreach (var command in _converger.Describe(request))
        {
            _context.Log.Information($"  {command}");
        }

        var reason = $"ansible-playbook and ansible-inventory were not found on PATH; {what} needs them: {InstallHint}.";
        if (!preview)
        {
            throw new CakeException(reason);
        }

        _context.Log.Warning($"Note: {reason} (a preview: the commands above are what it can show).");
    }
}
