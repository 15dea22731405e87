using HomeLab.Manifests;
using HomeLab.Proxmox;

namespace HomeLab.L1.Templates;

/// <summary>
/// <c>kind: iso</c> (the Arch flow): the optional <c>build_command</c> produces the ISO at <c>iso_path</c>, which is then
/// uploaded to the ISO storage, streamed from disk with its SHA-256 for Proxmox to verify. In a simulation the command
/// is not run, and an ISO that was never built is replaced by a small placeholder.
/// </summary>
internal sealed class IsoBuilder : ITemplateBuilder
{
    public TemplateKind Kind => TemplateKind.Iso;

    public async Task<BuiltTemplate> BuildAsync(TemplateDefinition definition, BuildSession session, CancellationToken ct)
    {
        var template = (IsoTemplate)definition;
        var settings = session.Settings;
        var console = session.Console;
        var layout = session.Lab.Layout;
        var storage = template.Storage ?? settings.IsoStorage;
        var isoName = template.TargetIsoName;
        if (!isoName.EndsWith(".iso", StringComparison.OrdinalIgnoreCase) && !isoName.EndsWith(".img", StringComparison.OrdinalIgnoreCase))
        {
            throw new BuildFailure(
                $"the ISO would be stored as '{isoName}', but Proxmox takes only .iso or .img files; set iso_name (or iso_path) in {session.Display(template)}.");
        }

        var isoPath = await ProduceAsync(template, session, ct).ConfigureAwait(false);
        console.Step($"computing the SHA-256 of {layout.Display(isoPath)}");
        var sha256 = await FileSha256.ComputeAsync(isoPath, ct).ConfigureAwait(false);
        console.Step($"SHA-256 {sha256}");

        var request = new UploadRequest { Content = "iso", FilePath = isoPath, FileName = isoName, Sha256 = sha256 };
        var volId = $"{storage}:iso/{request.TargetFileName}";
        var size = new FileInfo(isoPath).Length;
        Upid upid;
        try
        {
            upid = await console.UploadAsync($"upload {request.TargetFileName} to {storage}", size,
                progress => session.Client.UploadAsync(settings.Node, storage, request, progress, ct)).ConfigureAwait(false);
            await session.WaitAsync(upid, $"store {volId}", ct).ConfigureAwait(false);
        }
        catch (ProxmoxException e)
        {
            throw new BuildFailure($"uploading {request.TargetFileName} to storage '{storage}' failed: {FailureText.Describe(e)}", e);
        }

        return new BuiltTemplate(new ArtifactManifest
        {
            Os = template.Os,
            Kind = TemplateKind.Iso,
            PveVersion = await session.PveVersionAsync(ct).ConfigureAwait(false),
            IsoName = request.TargetFileName,
            BuiltAt = session.Now(),
            GitSha = session.GitSha(),
            ProxmoxNode = settings.Node,
            ProxmoxStorage = storage,
            UploaderHost = settings.UploaderHost,
            Description = template.Description,
        });
    }

    /// <summary>Runs build_command (not in a simulation) and returns the ISO to upload.</summary>
    private static async Task<string> ProduceAsync(IsoTemplate template, BuildSession session, CancellationToken ct)
    {
        var console = session.Console;
        var layout = session.Lab.Layout;
        if (template.BuildCommand is { } command)
        {
            if (session.Settings.Simulation)
            {
                console.Warning($"build_command is not run in a simulation: {command}");
            }
            else
            {
                console.Step($"running build_command in {layout.Display(template.OsDirectory)}: {command}");
                await BuildCommand.RunAsync(session.Context, command, template.OsDirectory, session.Redact, ct).ConfigureAwait(false);
                console.Done("build_command finished");
            }
        }

        if (File.Exists(template.IsoPath))
        {
            return template.IsoPath;
        }

        if (!session.Settings.Simulation)
        {
            var producer = template.BuildCommand is null ? "nothing builds it (no build_command)" : "build_command did not produce it";
            throw new BuildFailure(
                $"the ISO {layout.Display(template.IsoPath)} does not exist: {producer}; fix iso_path or build_command in {session.Display(template)}.");
        }

        var placeholder = PlaceholderIso.PathFor(template.OsDirectory, template.TargetIsoName);
        await PlaceholderIso.WriteAsync(placeholder, template.Os, ct).ConfigureAwait(false);
        console.Warning($"{layout.Display(template.IsoPath)} was never built; uploading a {ByteText.Size(PlaceholderIso.Size)} placeholder ({layout.Display(placeholder)}) instead.");
        return placeholder;
    }
}
