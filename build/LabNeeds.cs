using HomeLab.L1.Templates;
using HomeLab.Manifests;
using HomeLab.Proxmox;

namespace HomeLab.Build;

/// <summary>What the templates of the selected OSes (<c>--os</c>, else every OS) need of the Proxmox node, for L0.</summary>
internal static class LabNeeds
{
    public static PveNeeds For(BuildContext context)
    {
        var settings = context.Settings;
        if (settings.StorageVm is null || !context.FileSystem.GetDirectory(context.OperatorLabDirectory).Exists)
        {
            return PveNeeds.None; // L0 reports the missing variable; L1 the missing lab
        }

        var templates = LabSelection.OperatingSystems(context).Select(os => TryRead(context.Lab, os)).OfType<TemplateDefinition>();
        return TemplateNeeds.For(templates, settings.StorageIso, settings.StorageVm);
    }

    /// <summary>An OS without a valid template.json needs nothing here: L1 reports it when it would build it.</summary>
    private static TemplateDefinition? TryRead(LabManifests lab, string os)
    {
        try
        {
            return lab.ReadTemplate(os);
        }
        catch (ManifestException)
        {
            return null;
        }
    }
}
