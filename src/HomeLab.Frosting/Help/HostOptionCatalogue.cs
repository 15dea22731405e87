namespace Cake.Frosting;

/// <summary>
/// The build's own options and target names, beside Cake's: <c>--help</c> lists the options after Cake's, and
/// <c>--completion</c> completes them and the targets. Register one with <c>UseOptionCatalogue</c>.
/// </summary>
/// <param name="Options">In the order help lists them.</param>
/// <param name="TargetAliases">Names a target may be given by besides the tasks' own (e.g. <c>L0</c>).</param>
/// <param name="Commands">The commands completion is registered for, e.g. <c>build.sh</c>.</param>
/// <param name="Heading">The heading help puts over the options, e.g. <c>HOMELAB OPTIONS</c>.</param>
public sealed record HostOptionCatalogue(
    IReadOnlyList<HostOption> Options,
    IReadOnlyList<string> TargetAliases,
    IReadOnlyList<string> Commands,
    string Heading = "BUILD OPTIONS");
