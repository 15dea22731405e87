namespace HomeLab.Tools.Terraform;

/// <summary>One entry of a plan's <c>resource_changes</c>.</summary>
/// <param name="Address">The full address, e.g. <c>module.vms.proxmox_virtual_environment_vm.vm["carrie"]</c>.</param>
/// <param name="Mode"><c>managed</c> or <c>data</c>.</param>
/// <param name="Type">The resource type, e.g. <c>proxmox_virtual_environment_vm</c>.</param>
/// <param name="Name">The resource name in its module, e.g. <c>vm</c>.</param>
/// <param name="Actions">Terraform's <c>change.actions</c>, e.g. <c>["delete","create"]</c>.</param>
public sealed record TerraformResourceChange(string Address, string Mode, string Type, string Name, IReadOnlyList<string> Actions)
{
    /// <summary>What the plan does to the resource.</summary>
    public TerraformChangeAction Action => TerraformChangeActions.From(Actions);
}
