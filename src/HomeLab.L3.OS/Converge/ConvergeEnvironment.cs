namespace HomeLab.L3.OS;

/// <summary>What every playbook run of a HomeLab run shares: the lab's files, the artifacts, the terminal and the redactor.</summary>
/// <param name="Layout">The lab's Ansible files.</param>
/// <param name="Artifacts">Where the results go.</param>
/// <param name="OutputIsTerminal">Whether the output is a terminal: only then is <c>ANSIBLE_FORCE_COLOR</c> set.</param>
/// <param name="Redact">Masks the run's secrets (the run's <c>SecretRedactor.Redact</c>) in everything ansible prints.</param>
public sealed record ConvergeEnvironment(AnsibleLabLayout Layout, ConvergeArtifacts Artifacts, bool OutputIsTerminal, Func<string, string>? Redact)
{
    /// <summary>Where the inventory listings of unchanged static inventories are kept (see <see cref="InventoryCache"/>); null keeps none.</summary>
    public string? InventoryCacheDirectory { get; init; }

    /// <summary>Render L2's inventory from its hosts file before use (the default); a dry run names the file and writes nothing.</summary>
    public bool RendersL2Inventory { get; init; } = true;
}
