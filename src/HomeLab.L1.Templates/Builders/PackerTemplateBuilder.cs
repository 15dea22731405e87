using Cake.Core.IO;
using HomeLab.Configuration;
using HomeLab.Manifests;
using HomeLab.Proxmox;
using HomeLab.Tools.Packer;
using Path = System.IO.Path;

namespace HomeLab.L1.Templates;

/// <summary>
/// <c>kind: packer</c>: <c>packer init</c> (where the installed packer has it), <c>validate</c> and <c>build</c> in the
/// template's packer folder, with the PVE variables in packer's environment (never on its command line). The VMID
/// comes from <c>packer-manifest.json</c>; <c>SKIP_BUILD=1</c> reuses the last build's. The template's config is
/// then read from Proxmox and normalised into the manifest.
/// </summary>
internal sealed class PackerTemplateBuilder : ITemplateBuilder
{
    public TemplateKind Kind => TemplateKind.Packer;

    public async Task<BuiltTemplate> BuildAsync(TemplateDefinition definition, BuildSession session, CancellationToken ct)
    {
        var template = (PackerTemplate)definition;
        var console = session.Console;
        var layout = session.Lab.Layout;
        if (!Directory.Exists(template.PackerDirectory))
        {
            throw new BuildFailure(
                $"the packer folder {layout.Display(template.PackerDirectory)} does not exist; fix packer_dir in {session.Display(template)}.");
        }

        var manifestPath = new FilePath(Path.Combine(template.PackerDirectory, PackerManifest.DefaultFileName));
        var plan = session.Context.PackerPlanBuild(manifestPath);
        int vmid;
        if (plan.Build)
        {
            vmid = Build(template, session, manifestPath);
        }
        else
        {
            vmid = plan.ReusedVmid!.Value;
            console.Step($"{PackerBuildPlan.SkipBuildVariable}=1: not building; reusing VMID {vmid} from {layout.Display(manifestPath.FullPath)}");
        }

        var node = session.Settings.Node;
        PveVmConfig config;
        try
        {
            config = await session.Client.GetVmConfigAsync(node, vmid, ct).ConfigureAwait(false);
        }
        catch (ProxmoxNotFoundException e)
        {
            throw new BuildFailure(
                $"{layout.Display(manifestPath.FullPath)} names VMID {vmid}, but node '{node}' has no VM {vmid}; build again (without {PackerBuildPlan.SkipBuildVariable}=1), or check {LabVariables.Node}.", e);
        }

        console.Done($"template {vmid} '{config.Name}' on node '{node}'");
        // Named when it is written: created_at is the VM's ctime, which a reused VMID (SKIP_BUILD=1) shares with older builds.
        return new BuiltTemplate(PackerTemplateManifest.From(template.Os, node, vmid, config, await session.PveVersionAsync(ct).ConfigureAwait(false)));
    }

    /// <summary>Runs init, validate and build, and returns the VMID the build's manifest entry names.</summary>
    private static int Build(PackerTemplate template, BuildSession session, FilePath manifestPath)
    {
        var context = session.Context;
        var console = session.Console;
        var folder = new DirectoryPath(template.PackerDirectory);
        var display = session.Lab.Layout.Display(template.PackerDirectory);

        var version = context.PackerVersion();
        console.Step($"packer {version} in {display}");
        var initialised = context.PackerInitIfSupported(folder, Configure(new PackerInitSettings(), template, session), version);
        console.Step(initialised ? "packer init done" : $"packer init skipped: packer {version} has no init command");

        console.Step("packer validate");
        context.PackerValidate(folder, Configure(new PackerValidateSettings(), template, session));
        console.Step("packer build (its output is in the log)");
        context.PackerBuild(folder, Configure(new PackerBuildSettings(), template, session));

        var manifest = context.PackerReadManifest(manifestPath);
        var build = manifest.SelectBuild();
        var vmid = manifest.SelectVmid();
        console.Done($"packer build '{build.Name}' ({build.BuilderType}) made VMID {vmid}");
        return vmid;
    }

    private static T Configure<T>(T settings, PackerTemplate template, BuildSession session)
        where T : PackerSettings
    {
        settings.WithPveEnvironment(session.Settings.PackerVariables);
        settings.Redact = session.Redact;
        if (settings is PackerTemplateSettings templateSettings)
        {
            foreach (var varFile in template.VarFiles)
            {
                templateSettings.VarFiles.Add(new FilePath(Path.GetFullPath(Path.Combine(template.PackerDirectory, varFile))));
            }

            foreach (var only in template.Only)
            {
                templateSettings.Only.Add(only);
            }
        }

        return settings;
    }
}
