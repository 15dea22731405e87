using HomeLab.Manifests;
using HomeLab.Proxmox;

namespace HomeLab.L1.Templates;

/// <summary>
/// Before L1 starts building an OS, the node must have what its template needs (<see cref="TemplateNeeds"/>): the same
/// check and the same reasons as L0, so that a run without L0 (<c>--exclusive</c>) fails as early and as clearly.
/// </summary>
internal static class BuildPrerequisites
{
    /// <exception cref="BuildFailure">The node lacks something; the message gives every reason.</exception>
    public static async Task CheckAsync(TemplateDefinition template, BuildSession session, CancellationToken ct)
    {
        var settings = session.Settings;
        var needs = TemplateNeeds.For([template], settings.IsoStorage, settings.VmStorage);
        if (needs.IsEmpty)
        {
            return;
        }

        var version = await session.VersionAsync(ct).ConfigureAwait(false);
        var storages = await session.Client.GetStoragesAsync(settings.Node, ct).ConfigureAwait(false);
        List<string> reasons = [.. PveNeedsCheck.VersionReasons(needs, version), .. PveNeedsCheck.StorageReasons(needs, storages, settings.Node)];
        if (reasons.Count > 0)
        {
            throw new BuildFailure($"the node cannot build it yet, nothing was started: {string.Join(" ", reasons)}");
        }
    }
}
