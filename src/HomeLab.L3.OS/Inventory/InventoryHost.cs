namespace HomeLab.L3.OS;

/// <summary>One host of L2's <c>artifacts/l2/hosts.json</c>.</summary>
public sealed record InventoryHost(string Name, string Ip, string SshUser, string Os, string Persona, IReadOnlyList<string> Tags);
