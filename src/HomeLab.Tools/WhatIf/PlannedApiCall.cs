namespace HomeLab.Tools.WhatIf;

/// <summary>A Proxmox API call a dry run shows: the method and the path below <c>/api2/json</c>.</summary>
/// <param name="Method"><c>GET</c>, <c>POST</c>, <c>PUT</c> or <c>DELETE</c>.</param>
/// <param name="Path">E.g. <c>/nodes/pve/qemu/&lt;next free&gt;/template</c>: what a dry run cannot know is named in angle brackets.</param>
public sealed record PlannedApiCall(string Method, string Path)
{
    /// <summary>Whether it changes something on Proxmox (any method but GET).</summary>
    public bool Writes => !string.Equals(Method, "GET", StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{Method} {Path}";
}
