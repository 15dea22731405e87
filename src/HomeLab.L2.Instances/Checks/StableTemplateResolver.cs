using HomeLab.Manifests;

namespace HomeLab.L2.Instances.Checks;

/// <summary>Reads each OS's stable VM template manifest once, however many hosts refer to it.</summary>
public sealed class StableTemplateResolver(LabManifests manifests)
{
    private readonly Dictionary<string, StableTemplate> _byOs = new(StringComparer.Ordinal);

    public StableTemplate Resolve(TemplateReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (!_byOs.TryGetValue(reference.Os, out var template))
        {
            template = Read(reference.Os);
            _byOs[reference.Os] = template;
        }

        return template;
    }

    private StableTemplate Read(string os)
    {
        var display = manifests.Layout.Display(manifests.Layout.StableManifestFile(os, ArtifactFamily.VmTemplate));
        try
        {
            var stable = manifests.ReadStable(os);
            if (stable is null)
            {
                return new StableTemplate(os, display, null, $"{display} not found; build {os}'s template (L1) or promote one of its artifacts.");
            }

            return stable.Manifest.Vmid is { } vmid
                ? new StableTemplate(os, display, vmid, null)
                : new StableTemplate(os, display, null, $"{display} has no vmid; promote a VM template artifact that records one.");
        }
        catch (ManifestException exception)
        {
            return new StableTemplate(os, display, null, exception.Message.ReplaceLineEndings(" "));
        }
    }
}
