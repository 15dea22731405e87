using System.Text.Json;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;
using HomeLab.Tools.Ansible.Inventory;

namespace HomeLab.Tools.Ansible;

/// <summary>Runs <c>ansible-inventory --list</c> and reads its JSON into groups, hosts and vars.</summary>
public sealed class AnsibleInventoryRunner : AnsibleRunner<AnsibleInventorySettings>
{
    private const string Command = "ansible-inventory --list";

    /// <summary>Creates the runner from Cake's services.</summary>
    public AnsibleInventoryRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools, log)
    {
    }

    private protected override string Executable => "ansible-inventory";

    /// <summary>
    /// Runs <c>ansible-inventory [-i "inventory"]… --list [--limit "…"]</c>. Its JSON is parsed, never logged: host vars
    /// may hold values that are not for a log; its warnings are.
    /// </summary>
    /// <exception cref="CakeException">ansible-inventory or an inventory is missing, it fails, or it prints no JSON.</exception>
    public AnsibleInventoryResult Run(AnsibleInventorySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Prepare(settings);
        var run = RunAnsible(settings, null, ToolStandardOutput.Capture);
        try
        {
            return AnsibleInventoryResult.Parse(run.Output.StandardOutputText);
        }
        catch (JsonException error)
        {
            throw AnsibleErrors.NotJson(Command, "inventory", run.Output.Redact(error.Message.TrimEnd('.')));
        }
    }

    private protected override string CommandName(AnsibleInventorySettings settings) => Command;

    private protected override void CheckInputs(AnsibleInventorySettings settings) =>
        AnsibleArguments.CheckInventories(settings.Inventories, CakeEnvironment, FileSystem);

    private protected override ProcessArgumentBuilder BuildArguments(AnsibleInventorySettings settings, string? extraVarsFile) =>
        new ProcessArgumentBuilder().AppendInventories(settings.Inventories, CakeEnvironment).Append("--list").AppendLimit(settings.Limit);
}
