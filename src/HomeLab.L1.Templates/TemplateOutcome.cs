using HomeLab.Manifests;

namespace HomeLab.L1.Templates;

/// <summary>What <see cref="TemplateBuildRun"/> did for one OS.</summary>
/// <param name="Os">The OS.</param>
/// <param name="Kind">Its template's kind.</param>
/// <param name="Built">True when a build ran and <paramref name="Artifact"/> was written.</param>
/// <param name="Artifact">The artifact written for the build; null when nothing was built.</param>
/// <param name="Message">
/// One line for the log: "built vm-template-20261126-120102.json (VMID 9000)", or why nothing was built, e.g.
/// "skipped: stable template 'tpl-ubuntu-20261126-120102' (VMID 9000) is on node 'pve'".
/// </param>
public sealed record TemplateOutcome(string Os, TemplateKind Kind, bool Built, ArtifactEntry? Artifact, string Message);
