namespace HomeLab.L1.Templates;

/// <summary>
/// API paths as a preview shows them, built as the Proxmox client builds them (each segment escaped), with what a dry
/// run cannot know named in angle brackets, e.g. <c>/nodes/pve/qemu/&lt;next free&gt;/template</c>.
/// </summary>
internal static class PreviewPath
{
    /// <summary>The VMID <c>/cluster/nextid</c> would give.</summary>
    public const string NextFree = "<next free>";

    public static string Of(params string[] segments) =>
        "/" + string.Join('/', segments.Select(segment => segment.StartsWith('<') ? segment : Uri.EscapeDataString(segment)));
}
