using HomeLab.Manifests;

namespace HomeLab.L1.Templates;

/// <summary>
/// What a builder hands the run to write: the artifact manifest and, when the build's name already records an
/// instant (a cloud image's <c>{timestamp}</c>), that instant, so that the artifact's file name carries the same one.
/// Without it the artifact is named after the time it is written.
/// </summary>
internal sealed record BuiltTemplate(ArtifactManifest Manifest, DateTimeOffset? NamedAt = null);
