using HomeLab.Configuration;
using HomeLab.Manifests;
using HomeLab.Proxmox;

namespace HomeLab.L1.Templates;

/// <summary>
/// What building templates needs of the Proxmox node, by kind. A cloud image is downloaded into the ISO storage as
/// <c>import</c> content (a disk image there needs PVE 8.4) and imported into a VM disk (<c>images</c>); an ISO is
/// uploaded as <c>iso</c> content; a packer build makes VM disks (<c>images</c>). L0 checks these before anything runs,
/// and L1 again before it builds.
/// </summary>
public static class TemplateNeeds
{
    /// <param name="templates">The templates of the selected OSes.</param>
    /// <param name="isoStorage">PVE_STORAGE_ISO (or its default).</param>
    /// <param name="vmStorage">PVE_STORAGE_VM.</param>
    public static PveNeeds For(IEnumerable<TemplateDefinition> templates, string isoStorage, string vmStorage)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var content = new List<PveContentNeed>();
        var features = new List<PveFeatureNeed>();
        foreach (var template in templates)
        {
            var neededBy = $"the {template.Kind.ToWireName()} template of {template.Os}";
            switch (template)
            {
                case CloudImageTemplate cloudImage:
                    content.Add(new PveContentNeed(isoStorage, "import", neededBy, LabVariables.StorageIso));
                    content.Add(Disk(cloudImage.Storage, vmStorage, neededBy, template));
                    features.Add(new PveFeatureNeed(PveFeature.DownloadDiskImage, neededBy));
                    break;
                case IsoTemplate iso:
                    content.Add(iso.Storage is { } own
                        ? new PveContentNeed(own, "iso", neededBy, OwnStorage(template))
                        : new PveContentNeed(isoStorage, "iso", neededBy, LabVariables.StorageIso));
                    break;
                case PackerTemplate:
                    content.Add(new PveContentNeed(vmStorage, "images", neededBy, LabVariables.StorageVm));
                    break;
            }
        }

        return new PveNeeds(content, features);
    }

    private static PveContentNeed Disk(string? own, string vmStorage, string neededBy, TemplateDefinition template) =>
        own is not null
            ? new PveContentNeed(own, "images", neededBy, OwnStorage(template))
            : new PveContentNeed(vmStorage, "images", neededBy, LabVariables.StorageVm);

    private static string OwnStorage(TemplateDefinition template) =>
        $"\"storage\" in infra/os/{template.Os}/{LabLayout.TemplateFileName}";
}
