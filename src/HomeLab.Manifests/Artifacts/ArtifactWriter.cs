namespace HomeLab.Manifests;

/// <summary>Writes a new artifact under a name no other file has; see <see cref="LabManifests.WriteArtifact"/>.</summary>
internal static class ArtifactWriter
{
    private const int MaxAttempts = 1000;

    public static ArtifactEntry Write(LabLayout layout, string os, ArtifactManifest manifest, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var directory = layout.ArtifactsDirectory(os);
        var copy = manifest.Clone();
        copy.Os ??= os;

        var about = $"{layout.Display(directory)}/(new artifact)";
        if (copy.Os != os)
        {
            throw new ManifestException($"{about}: os: is {copy.Os}, but the artifact is being written for {os}.");
        }

        if (copy.Kind is not { } kind)
        {
            throw new ManifestException($"{about}: kind: is required (cloud-image, iso or packer).");
        }

        var firstName = kind == TemplateKind.Iso
            ? ArtifactFileNames.ForIso(copy.IsoName ?? throw new ManifestException($"{about}: iso_name: is required (kind iso)."))
            : ArtifactFileNames.ForVmTemplate(now);

        var errors = SchemaValidator.Artifact.Validate(copy.Json, null, $"{layout.Display(directory)}/{firstName}");
        if (errors.Count > 0)
        {
            throw new ManifestException(errors);
        }

        Directory.CreateDirectory(directory);
        var content = copy.ToJson();
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var fileName = ArtifactFileNames.WithSequence(firstName, attempt);
            var path = Path.Combine(directory, fileName);
            if (AtomicFile.TryCreateNew(path, content))
            {
                ArtifactFileNames.TryParseVmTemplate(fileName, out var builtAt, out var sequence);
                return new ArtifactEntry(os, fileName, path, kind.Family(), kind == TemplateKind.Iso ? copy.BuiltAt ?? now : builtAt,
                    kind == TemplateKind.Iso ? 1 : sequence, () => copy.Clone());
            }
        }

        throw new ManifestException($"{layout.Display(directory)}: {firstName} and {MaxAttempts - 1} numbered variants already exist; clean up the artifacts folder.");
    }
}
