namespace HomeLab.Tools.Docker;

/// <summary>One deployed stack: the host it runs on, its name, and its state after <c>up</c>.</summary>
/// <param name="Host">The inventory host, e.g. <c>docker1</c>.</param>
/// <param name="Stack">The stack, i.e. its folder under <c>compose/&lt;host&gt;/</c>, e.g. <c>gatus</c>.</param>
/// <param name="State">Its containers.</param>
public sealed record ComposeStackReport(string Host, string Stack, ComposeStackState State);
