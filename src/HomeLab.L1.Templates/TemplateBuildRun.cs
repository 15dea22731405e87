using Cake.Core;
using HomeLab.Manifests;
using HomeLab.Proxmox;
using HomeLab.Secrets;
using Spectre.Console;

namespace HomeLab.L1.Templates;

/// <summary>
/// Builds the templates of some OSes, one after the other, and writes one artifact manifest per build. Stable manifests
/// are never touched here: promotion is a separate step. Hold the lab lock around it.
/// </summary>
public sealed class TemplateBuildRun
{
    private readonly LabManifests _lab;
    private readonly BuildSession _session;
    private readonly IReadOnlyDictionary<TemplateKind, ITemplateBuilder> _builders;

    public TemplateBuildRun(LabManifests lab, IProxmoxClient client, ICakeContext context, IAnsiConsole console, TemplateBuildSettings settings)
    {
        ArgumentNullException.ThrowIfNull(lab);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(settings);

        _lab = lab;
        var redactor = settings.Redactor ?? DefaultRedactor(settings);
        Func<string, string> redact = redactor.Redact;
        _session = new BuildSession(lab, client, context, new BuildConsole(console, redact), settings, redact);
        _builders = new ITemplateBuilder[] { new CloudImageBuilder(), new IsoBuilder(), new PackerTemplateBuilder() }
            .ToDictionary(builder => builder.Kind);
    }

    /// <summary>
    /// Builds each OS in turn, in the order given, writing one artifact per build. With <see cref="BuildMode.WhenRequired"/>,
    /// an OS whose stable template is in place is skipped, with the reason. The first OS that fails stops the run.
    /// </summary>
    /// <returns>One outcome per OS, in the order given.</returns>
    /// <exception cref="TemplateBuildException">An OS failed (one line naming it and the cause); nothing was written for it.</exception>
    public async Task<IReadOnlyList<TemplateOutcome>> BuildAsync(IReadOnlyList<string> oses, BuildMode mode, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(oses);
        var outcomes = new List<TemplateOutcome>(oses.Count);
        foreach (var os in oses)
        {
            ct.ThrowIfCancellationRequested();
            outcomes.Add(await BuildOneAsync(os, mode, ct).ConfigureAwait(false));
        }

        return outcomes;
    }

    private async Task<TemplateOutcome> BuildOneAsync(string os, BuildMode mode, CancellationToken ct)
    {
        var console = _session.Console;
        try
        {
            var template = _lab.ReadTemplate(os);
            var kind = template.Kind.ToWireName();
            console.Heading($"{os} ({kind})");

            if (mode == BuildMode.WhenRequired)
            {
                var decision = await BuildRequirement.DecideAsync(_lab, template, _session.Client, _session.Settings.Node, ct).ConfigureAwait(false);
                if (!decision.Build)
                {
                    console.Done($"skipped: {decision.Reason}");
                    return new TemplateOutcome(os, template.Kind, false, null, $"skipped: {decision.Reason}");
                }

                console.Step($"building: {decision.Reason}");
            }

            if (template.Kind == TemplateKind.Packer && _session.Settings.Simulation)
            {
                const string notBuilt = "not built: packer templates are not built in a simulation";
                console.Warning(notBuilt);
                return new TemplateOutcome(os, template.Kind, false, null, notBuilt);
            }

            await BuildPrerequisites.CheckAsync(template, _session, ct).ConfigureAwait(false);
            var built = await _builders[template.Kind].BuildAsync(template, _session, ct).ConfigureAwait(false);
            var entry = built.NamedAt is { } namedAt
                ? _lab.WriteArtifact(os, built.Manifest, namedAt)
                : _lab.WriteArtifact(os, built.Manifest);
            var message = $"built {entry.FileName} ({What(built.Manifest)})";
            console.Done(message);
            return new TemplateOutcome(os, template.Kind, true, entry, message);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var problem = _session.Redact(FailureText.Describe(e));
            console.Warning($"{os} failed: {problem}");
            throw new TemplateBuildException(os, problem, e);
        }
    }

    private static string What(ArtifactManifest manifest) => manifest.Kind == TemplateKind.Iso
        ? $"ISO {manifest.IsoName} on {manifest.ProxmoxStorage}"
        : $"VMID {manifest.Vmid}";

    private static SecretRedactor DefaultRedactor(TemplateBuildSettings settings)
    {
        var redactor = new SecretRedactor();
        redactor.Add(settings.PackerVariables.TokenSecret);
        return redactor;
    }
}
