using System.Globalization;
using HomeLab.Configuration;
using HomeLab.Manifests;
using HomeLab.Proxmox;

namespace HomeLab.L1.Templates;

/// <summary>
/// <c>kind: cloud-image</c> (the Ubuntu flow), through the Proxmox API alone: the node downloads the image into the
/// import storage (checksum verified), a VM is created with the image imported as its disk plus a cloud-init drive, a
/// serial console, the agent and net0, its disk is grown to <c>disk_size</c> when that is set, and the VM is converted
/// to a template. The VM's name, <c>created_at</c> and the artifact's file name record the same instant.
/// </summary>
internal sealed class CloudImageBuilder : ITemplateBuilder
{
    /// <summary>The drive the image is imported into, and the one disk_size grows.</summary>
    internal const string BootDisk = "scsi0";

    public TemplateKind Kind => TemplateKind.CloudImage;

    public async Task<BuiltTemplate> BuildAsync(TemplateDefinition definition, BuildSession session, CancellationToken ct)
    {
        var template = (CloudImageTemplate)definition;
        var settings = session.Settings;
        var console = session.Console;
        var node = settings.Node;
        var diskStorage = template.Storage ?? settings.VmStorage;
        var bridge = template.Bridge ?? settings.Bridge;

        var fileName = ImportFileName.For(template.ImageUrl, session.Display(template));
        var checksum = await ChecksumAsync(template, session, ct).ConfigureAwait(false);
        var imageVolume = await DownloadAsync(template, fileName, checksum, session, ct).ConfigureAwait(false);

        var vmid = template.Vmid ?? await session.Client.GetNextIdAsync(ct).ConfigureAwait(false);
        console.Step(template.Vmid is null ? $"VMID {vmid} (the next free one)" : $"VMID {vmid} (from template.json)");

        var builtAt = session.Now();
        var name = template.FormatName(builtAt);
        var description = template.Description ?? $"{template.Os} cloud image {ImportFileName.Published(template.ImageUrl)}, built by HomeLab";
        var request = new VmCreateRequest
        {
            VmId = vmid,
            Name = name,
            Description = description,
            Cores = template.Cores,
            MemoryMiB = template.Memory,
            Machine = template.Machine,
            OsType = template.OsType,
            ScsiHw = template.ScsiHardware,
            Agent = "1",
            Serial0 = "socket",
            Vga = "serial0",
            Boot = $"order={BootDisk}",
            Tags = template.Tags,
            Settings = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [BootDisk] = VmDrive.Import(diskStorage, imageVolume),
                ["ide2"] = VmDrive.CloudInit(diskStorage),
                ["net0"] = $"virtio,bridge={bridge}",
            },
        };

        await CreateAsync(request, imageVolume, session, ct).ConfigureAwait(false);
        if (template.DiskSize is { } diskSize)
        {
            await GrowDiskAsync(vmid, name, diskSize, session, ct).ConfigureAwait(false);
        }

        await ConvertAsync(vmid, name, session, ct).ConfigureAwait(false);
        var config = await session.Client.GetVmConfigAsync(node, vmid, ct).ConfigureAwait(false);
        if (!config.IsTemplate)
        {
            throw new BuildFailure($"VM {vmid} on node '{node}' is not a template after the conversion ended OK; check it in the Proxmox UI.");
        }

        return new BuiltTemplate(new ArtifactManifest
        {
            Os = template.Os,
            Kind = TemplateKind.CloudImage,
            PveVersion = await session.PveVersionAsync(ct).ConfigureAwait(false),
            CreatedAt = builtAt,
            Description = config.Description ?? description,
            Name = config.Name ?? name,
            Node = node,
            Storage = config.DiskStorage ?? diskStorage,
            Vmid = vmid,
            CloudImageUrl = template.ImageUrl.AbsoluteUri,
            CloudImageSha256 = checksum,
        }, NamedAt: builtAt);
    }

    /// <summary>The image's SHA-256: given in template.json, else read from checksum_url, else none (with a warning).</summary>
    private static async Task<string?> ChecksumAsync(CloudImageTemplate template, BuildSession session, CancellationToken ct)
    {
        if (template.Checksum is { } given)
        {
            session.Console.Step($"checksum {given} (from template.json)");
            return given;
        }

        if (template.ChecksumUrl is { } url)
        {
            if (session.Settings.Simulation)
            {
                session.Console.Warning($"checksum_url {url} is not fetched in a simulation; the download is not verified.");
                return null;
            }

            var published = ImportFileName.Published(template.ImageUrl);
            var fetched = await ChecksumFetcher.FetchAsync(url, published, session.Display(template), ct).ConfigureAwait(false);
            session.Console.Step($"checksum {fetched} (for {published}, from {url})");
            return fetched;
        }

        session.Console.Warning($"no checksum or checksum_url in {session.Display(template)}: the download is not verified.");
        return null;
    }

    /// <summary>Has the node download the image into the import storage; returns its volume id.</summary>
    private static async Task<string> DownloadAsync(
        CloudImageTemplate template, string fileName, string? checksum, BuildSession session, CancellationToken ct)
    {
        var node = session.Settings.Node;
        var storage = session.Settings.IsoStorage;
        var volId = $"{storage}:import/{fileName}";

        // Without a checksum, Proxmox refuses to replace a file that is there already, and cannot tell whether it is the same.
        if (checksum is null)
        {
            var existing = await session.Client.ListStorageContentAsync(node, storage, "import", ct).ConfigureAwait(false);
            if (existing.Any(volume => volume.VolId == volId))
            {
                session.Console.Warning($"{volId} is already on the storage and is used as it is (without a checksum it cannot be compared).");
                return volId;
            }
        }

        Upid upid;
        try
        {
            upid = await session.Client.DownloadUrlAsync(node, storage, new DownloadUrlRequest
            {
                Url = template.ImageUrl,
                Content = "import",
                FileName = fileName,
                Checksum = checksum,
            }, ct).ConfigureAwait(false);
        }
        catch (ProxmoxException e) when (e.Message.Contains("content-type 'import'", StringComparison.Ordinal))
        {
            throw new BuildFailure(
                $"downloading the cloud image was refused: {FailureText.Describe(e).TrimEnd('.')}. Enable the content type 'import' on storage '{storage}' " +
                $"(Datacenter > Storage; PVE 8.4 or later), or set {LabVariables.StorageIso} to a storage that has it.", e);
        }

        try
        {
            await session.WaitAsync(upid, $"download {template.ImageUrl} to {volId}", ct).ConfigureAwait(false);
        }
        catch (ProxmoxTaskFailedException e) when (e.ExitStatus.Contains("checksum mismatch", StringComparison.Ordinal))
        {
            var fix = e.ExitStatus.Contains("aborting", StringComparison.Ordinal)
                ? $"the storage already has {volId} with other content (an older image?); delete it (pvesm free {volId}) and build again"
                : $"the image at {template.ImageUrl} does not have the expected SHA-256; check checksum/checksum_url in {session.Display(template)}";
            throw new BuildFailure($"downloading the cloud image failed: {FailureText.Describe(e).TrimEnd('.')}. {Capitalise(fix)}.", e);
        }
        catch (ProxmoxTaskFailedException e)
        {
            throw new BuildFailure($"downloading the cloud image failed: {FailureText.Describe(e)}", e);
        }

        return volId;
    }

    private static async Task CreateAsync(VmCreateRequest request, string imageVolume, BuildSession session, CancellationToken ct)
    {
        var node = session.Settings.Node;
        Upid upid;
        try
        {
            upid = await session.Client.CreateVmAsync(node, request, ct).ConfigureAwait(false);
        }
        catch (ProxmoxException e) when (e is not (ProxmoxConnectionException or ProxmoxTimeoutException or ProxmoxAuthenticationException))
        {
            throw new BuildFailure($"creating VM {request.VmId} was refused: {FailureText.Describe(e)}", e);
        }

        try
        {
            await session.WaitAsync(upid, $"create VM {request.VmId} '{request.Name}' from {imageVolume}", ct).ConfigureAwait(false);
        }
        catch (ProxmoxTaskFailedException e)
        {
            // A failed qmcreate removes the VM it reserved, so there is nothing to clean up.
            throw new BuildFailure($"creating VM {request.VmId} failed: {FailureText.Describe(e)}", e);
        }
    }

    /// <summary>
    /// Grows the imported disk to disk_size (absolute). A disk already that large is left as it is: Proxmox cannot shrink
    /// disks, and a template that is larger than asked does no harm.
    /// </summary>
    private static async Task GrowDiskAsync(int vmid, string name, string diskSize, BuildSession session, CancellationToken ct)
    {
        var node = session.Settings.Node;
        try
        {
            var config = await session.Client.GetVmConfigAsync(node, vmid, ct).ConfigureAwait(false);
            var imported = DiskSize.OfDrive(config.Get(BootDisk));
            if (DiskSize.ToBytes(imported) is { } have && DiskSize.ToBytes(diskSize) is { } wanted && have >= wanted)
            {
                session.Console.Step(have == wanted
                    ? $"{BootDisk} is already {imported} (disk_size {diskSize}): not resized"
                    : $"{BootDisk} is {imported}, larger than disk_size {diskSize}: not resized (Proxmox cannot shrink a disk)");
                return;
            }

            var upid = await session.Client.ResizeDiskAsync(node, vmid, BootDisk, diskSize, ct).ConfigureAwait(false);
            await session.WaitAsync(upid, $"grow {BootDisk} of VM {vmid} from {imported ?? "its imported size"} to {diskSize}", ct).ConfigureAwait(false);
        }
        catch (ProxmoxException e)
        {
            throw new BuildFailure(
                $"growing {BootDisk} of VM {vmid} to disk_size {diskSize} failed: {FailureText.Describe(e).TrimEnd('.')}. VM {vmid} ('{name}') was left on " +
                $"node '{node}' (not a template): remove it (qm destroy {vmid}), then build again.", e);
        }
    }

    private static async Task ConvertAsync(int vmid, string name, BuildSession session, CancellationToken ct)
    {
        var node = session.Settings.Node;
        try
        {
            var upid = await session.Client.ConvertToTemplateAsync(node, vmid, ct).ConfigureAwait(false);
            await session.WaitAsync(upid, $"convert VM {vmid} to a template", ct).ConfigureAwait(false);
        }
        catch (ProxmoxException e)
        {
            throw new BuildFailure(
                $"converting VM {vmid} to a template failed: {FailureText.Describe(e).TrimEnd('.')}. VM {vmid} ('{name}') was left on node '{node}': " +
                "convert it by hand (qm template " + vmid.ToString(CultureInfo.InvariantCulture) + ") or remove it, then build again.", e);
        }
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
