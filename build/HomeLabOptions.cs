using Cake.Frosting;

namespace HomeLab.Build;

/// <summary>
/// HomeLab's own options: what the tasks read from the command line beside Cake's options. <c>--help</c> lists them
/// after Cake's and <c>--completion</c> completes them; a test checks this list against what the code reads.
/// </summary>
public static class HomeLabOptions
{
    public static IReadOnlyList<HostOption> All { get; } =
    [
        new("simulate", null, "Run against an in-process Proxmox simulator, on a scratch copy of the lab."),
        new("lab", "dir", "Where the lab (infra/os/<os>/...) is; default the working directory."),
        new("os", "a,b", "L1, Promote and List-Templates work on these OSes only; default every OS."),
        new("skip-tools", null, "L0 leaves the tool check out (noted in the manifest)."),
        new("rebuild-templates", null, "L1 builds every selected template even below a higher layer."),
        new("artifact", "file", "Promote: the artifact manifest to make stable (see List-Templates)."),
        new("previous", null, "Promote: roll the stable manifest back to the one before."),
        new("persona", "os/persona", "L2 works on these personas only (repeatable, or comma-separated)."),
        new("apply", null, "L2 applies its plans; the same as APPLY=1."),
        new("destroy", null, "L2 plans the destruction of the selected personas (apply needs --confirm)."),
        new("confirm", "name", "Confirms a destroy (<os>/<persona>) or a Shutdown (<group>)."),
        new("parallel", "n", "How many personas L2 plans at once (1-64); default 2."),
        new("detailed-exitcode", null, "L2 exits 2 when a plan has changes, as terraform plan does."),
        new("drift-only", null, "L2 checks the specs and reports drift, and runs no Terraform."),
        new("group", "group", "The inventory group (or host) L3, L4, Reboot and Shutdown act on."),
        new("tags", "a,b", "L3/L4 converge only these Ansible tags (TAGS)."),
        new("limit", "hosts", "L3/L4 converge only these hosts of the group (LIMIT)."),
        new("check", null, "L3/L4 run Ansible's check mode with diff; nothing changes."),
        new("workload", "name", "L4 converges a preset of ansible/l4/workloads.json."),
        new("stack", "host/stack", "L4 deploys that Compose stack (repeatable, or comma-separated)."),
        new("action", "action", "What Reboot does: dryrun (default), check or force (REBOOT_ACTION).", ["dryrun", "check", "force"]),
    ];

    /// <summary>What Program.cs hands the host: the options, the layer aliases for completion, the scripts.</summary>
    public static HostOptionCatalogue Catalogue { get; } = new(
        All,
        [.. TargetAliases.Layers.Select(layer => layer.Alias), .. TargetAliases.Synonyms.Select(synonym => synonym.Alias)],
        ["build.sh", "build.ps1"],
        "HOMELAB OPTIONS");
}
