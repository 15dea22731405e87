namespace HomeLab.L1.Templates;

/// <summary>Whether an OS's template must be built, and why (one line).</summary>
/// <param name="Build">True to build.</param>
/// <param name="Reason">
/// Why: "no stable manifest (infra/os/ubuntu/spec/vm-template-stable.json)", or for a skip
/// "stable template 'tpl-ubuntu-20261126-120102' (VMID 9000) is on node 'pve'".
/// </param>
public sealed record BuildDecision(bool Build, string Reason)
{
    internal static BuildDecision Needed(string reason) => new(true, reason);

    internal static BuildDecision Skip(string reason) => new(false, reason);
}
