using System.Globalization;
using HomeLab.Manifests;
using HomeLab.Tools.WhatIf;

namespace HomeLab.L1.Templates;

/// <summary>
/// What <see cref="CloudImageBuilder"/> would do for a template, step by step and API call by API call, from the same
/// template and settings the builder reads. The calls a build polls (task status) are left out.
/// </summary>
internal static class CloudImagePreview
{
    public static IEnumerable<PlanStep> Steps(CloudImageTemplate template, TemplateBuildSettings settings, string display)
    {
        var node = settings.Node;
        var storage = settings.IsoStorage;
        var diskStorage = template.Storage ?? settings.VmStorage;
        var fileName = ImportFileName.For(template.ImageUrl, display);
        var volId = $"{storage}:import/{fileName}";

        if (template.Checksum is not null)
        {
            yield return PlanStep.Note("verify the download with the checksum from template.json");
        }
        else if (template.ChecksumUrl is { } url)
        {
            yield return PlanStep.Note(settings.Simulation
                ? $"checksum_url {url} is not fetched in a simulation: the download is not verified"
                : $"fetch the SHA-256 of {ImportFileName.Published(template.ImageUrl)} from {url}");
        }
        else
        {
            yield return PlanStep.Note($"no checksum or checksum_url in {display}: the download is not verified");
            yield return PlanStep.Call($"is {volId} there already? (then it is used as it is)",
                "GET", PreviewPath.Of("nodes", node, "storage", storage, "content") + "?content=import");
        }

        yield return PlanStep.Call($"download {template.ImageUrl} to {volId} (content import), then wait for the task",
            "POST", PreviewPath.Of("nodes", node, "storage", storage, "download-url"));

        var vmid = template.Vmid?.ToString(CultureInfo.InvariantCulture) ?? PreviewPath.NextFree;
        if (template.Vmid is null)
        {
            yield return PlanStep.Call("VMID: the next free one", "GET", PreviewPath.Of("cluster", "nextid"));
        }
        else
        {
            yield return PlanStep.Note($"VMID {vmid} (from template.json)");
        }

        var name = template.NamePattern
            .Replace(CloudImageTemplate.OsPlaceholder, template.Os, StringComparison.Ordinal)
            .Replace(CloudImageTemplate.TimestampPlaceholder, "<yyyyMMdd-HHmmss>", StringComparison.Ordinal);
        var bridge = template.Bridge ?? settings.Bridge;
        yield return PlanStep.Call(
            $"create VM {vmid} '{name}' ({template.Cores} cores, {template.Memory} MiB) with {CloudImageBuilder.BootDisk} imported from {volId} "
                + $"on {diskStorage}, a cloud-init drive, net0 on {bridge}, tags {string.Join(";", template.Tags)}",
            "POST", PreviewPath.Of("nodes", node, "qemu"));

        if (template.DiskSize is { } diskSize)
        {
            yield return PlanStep.Call($"read the imported disk's size", "GET", PreviewPath.Of("nodes", node, "qemu", vmid, "config"));
            yield return PlanStep.Call($"grow {CloudImageBuilder.BootDisk} to {diskSize} (only when it is smaller)",
                "PUT", PreviewPath.Of("nodes", node, "qemu", vmid, "resize"));
        }

        yield return PlanStep.Call($"convert VM {vmid} to a template", "POST", PreviewPath.Of("nodes", node, "qemu", vmid, "template"));
        yield return PlanStep.Call("check that it is a template", "GET", PreviewPath.Of("nodes", node, "qemu", vmid, "config"));
        yield return PlanStep.Call("the Proxmox VE version, for the artifact", "GET", PreviewPath.Of("version"));
        yield return PlanStep.Note($"write infra/os/{template.Os}/artifacts/vm-template-<yyyyMMdd-HHmmss>.json");
    }
}
