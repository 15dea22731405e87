namespace HomeLab.Manifests;

/// <summary>
/// The manifests of one lab: each OS's template definition, its artifacts (one per build, never rewritten) and its stable
/// manifest. Operations that write (<see cref="WriteArtifact"/>, <see cref="Promote"/>, <see cref="PromotePrevious"/>) are
/// safe against crashes; against other runs, hold a <see cref="LabLock"/> around them.
/// </summary>
public sealed class LabManifests
{
    private readonly TimeProvider _time;
    private readonly Promoter _promoter;

    /// <param name="labRoot">The lab root (the repository root by default; <c>--lab=DIR</c>).</param>
    /// <param name="timeProvider">The clock for artifact names and promotion times; the system clock by default.</param>
    public LabManifests(string labRoot, TimeProvider? timeProvider = null)
    {
        Layout = new LabLayout(labRoot);
        _time = timeProvider ?? TimeProvider.System;
        _promoter = new Promoter(Layout, _time);
    }

    public LabLayout Layout { get; }

    /// <summary>
    /// The OSes of the lab, in ordinal order: every folder under <c>infra/os</c> that has a <c>template.json</c>, an
    /// <c>artifacts/</c>, a <c>spec/</c> or a <c>personas/</c> folder. A lab from the original tooling has no template.json;
    /// its OSes are listed all the same, so that their artifacts can be listed and promoted.
    /// </summary>
    public IReadOnlyList<string> ListOperatingSystems()
    {
        var root = Layout.OperatingSystemsDirectory;
        if (!Directory.Exists(root))
        {
            return [];
        }

        return Directory.EnumerateDirectories(root)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(os => !os.StartsWith('.') && LabLayout.IsFolderName(os) && IsOperatingSystemFolder(Path.Combine(root, os)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Whether an OS has a <c>template.json</c>, and so something for L1 to build.</summary>
    public bool HasTemplate(string os) => File.Exists(Layout.TemplateFile(os));

    /// <summary>Reads, checks and binds an OS's template.json; every problem found is in the exception, one line each.</summary>
    /// <exception cref="ManifestException">The file is missing, is not JSON, or breaks the schema.</exception>
    public TemplateDefinition ReadTemplate(string os) => TemplateReader.Read(Layout, LabLayout.CheckOsName(os));

    /// <summary>Every problem in an OS's template.json, in line order; empty when it is valid.</summary>
    public IReadOnlyList<ManifestError> ValidateTemplate(string os) => TemplateReader.Validate(Layout, LabLayout.CheckOsName(os));

    /// <summary>Every persona of the lab (each <c>infra/os/&lt;os&gt;/personas/&lt;persona&gt;/spec/terraform.json</c>), by OS, then persona.</summary>
    public IReadOnlyList<PersonaId> ListPersonas() => PersonaLister.List(Layout);

    /// <summary>The L4 presets of <c>ansible/l4/workloads.json</c>, by name; none when the file does not exist.</summary>
    /// <exception cref="ManifestException">The file does not match its schema (every error named with file, line and field).</exception>
    public IReadOnlyList<WorkloadPreset> ListWorkloads() => WorkloadsReader.Read(Layout);

    /// <summary>Reads, checks and binds a persona's spec; every problem found is in the exception, one line each.</summary>
    /// <exception cref="ManifestException">The file is missing, is not JSON, or breaks the schema.</exception>
    public PersonaSpec ReadPersona(string os, string persona) =>
        PersonaReader.Read(Layout, LabLayout.CheckOsName(os), LabLayout.CheckPersonaName(persona));

    /// <summary>Every problem in a persona's spec, in line order; empty when it is valid.</summary>
    public IReadOnlyList<ManifestError> ValidatePersona(string os, string persona) =>
        PersonaReader.Validate(Layout, LabLayout.CheckOsName(os), LabLayout.CheckPersonaName(persona));

    /// <summary>An OS's artifacts, newest first, marking those its stable manifests were promoted from.</summary>
    public ArtifactHistory ListHistory(string os)
    {
        LabLayout.CheckOsName(os);
        var entries = ArtifactLister.List(Layout, os);
        var stables = new List<StableManifest>();
        var problems = new List<string>();
        foreach (var family in Enum.GetValues<ArtifactFamily>())
        {
            try
            {
                if (StableManifestReader.TryRead(Layout, os, family) is { } stable)
                {
                    stables.Add(stable);
                }
            }
            catch (ManifestException exception)
            {
                problems.Add(exception.Message);
            }
        }

        foreach (var entry in entries)
        {
            entry.IsStable = stables.Any(s => s.PromotedFrom == entry.FileName && s.Family == entry.Family);
        }

        return new ArtifactHistory(os, entries, stables, problems);
    }

    /// <summary>Reads and checks one artifact.</summary>
    /// <exception cref="ManifestException">It does not exist, is not JSON, or has a field of the wrong type.</exception>
    public ArtifactManifest ReadArtifact(string os, string artifactFileName)
    {
        var path = Layout.ArtifactFile(LabLayout.CheckOsName(os), artifactFileName);
        if (!File.Exists(path))
        {
            throw new ManifestException($"{Layout.Display(path)}: no such artifact; choose one from {os}'s history (its artifacts folder).");
        }

        return ArtifactReader.Read(path, Layout.Display(path));
    }

    /// <summary>
    /// Writes a new artifact for a build that has just finished: <c>vm-template-&lt;yyyyMMdd-HHmmss&gt;.json</c> (UTC, now) for
    /// VM templates, <c>&lt;iso-base-name&gt;.json</c> for ISOs, with <c>-2</c>, <c>-3</c>… when that name is taken. Never
    /// overwrites a file. <c>os</c> is filled in when the manifest does not have it; <c>kind</c> must be set.
    /// </summary>
    /// <returns>The new artifact's entry.</returns>
    /// <exception cref="ManifestException">The manifest lacks a required field or has one of the wrong type.</exception>
    public ArtifactEntry WriteArtifact(string os, ArtifactManifest manifest) =>
        ArtifactWriter.Write(Layout, LabLayout.CheckOsName(os), manifest, _time.GetUtcNow());

    /// <summary>
    /// As <see cref="WriteArtifact(string, ArtifactManifest)"/>, but a VM template artifact is named after
    /// <paramref name="builtAt"/> (its UTC second) rather than the time of writing: the instant the build recorded
    /// elsewhere (the template's name, <c>created_at</c>), so that all of them agree. A name already taken still gets
    /// <c>-2</c>, <c>-3</c>…; ISO artifacts are named after their ISO either way.
    /// </summary>
    /// <returns>The new artifact's entry.</returns>
    /// <exception cref="ManifestException">The manifest lacks a required field or has one of the wrong type.</exception>
    public ArtifactEntry WriteArtifact(string os, ArtifactManifest manifest, DateTimeOffset builtAt) =>
        ArtifactWriter.Write(Layout, LabLayout.CheckOsName(os), manifest, ToUtcSecond(builtAt));

    /// <summary>An OS's stable manifest of one family, or null when there is none.</summary>
    /// <exception cref="ManifestException">It exists but cannot be read, or is a link to a missing artifact.</exception>
    public StableManifest? ReadStable(string os, ArtifactFamily family = ArtifactFamily.VmTemplate) =>
        StableManifestReader.TryRead(Layout, LabLayout.CheckOsName(os), family);

    /// <summary>
    /// Resolves <c>&lt;os&gt;/stable</c> (the VM template stable manifest, else the ISO one) or <c>&lt;os&gt;/&lt;artifact file&gt;</c>
    /// (the <c>.json</c> may be left off).
    /// </summary>
    /// <exception cref="ManifestException">The reference is malformed, or names nothing.</exception>
    public ResolvedArtifact Resolve(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var slash = reference.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == reference.Length - 1)
        {
            throw new ManifestException(
                $"'{reference}' is not an artifact reference: write <os>/stable or <os>/<artifact file>, e.g. ubuntu/stable.");
        }

        var os = LabLayout.CheckOsName(reference[..slash]);
        var name = reference[(slash + 1)..];
        if (name == "stable")
        {
            var stable = ReadStable(os, ArtifactFamily.VmTemplate) ?? ReadStable(os, ArtifactFamily.Iso)
                ?? throw new ManifestException(
                    $"{reference}: {os} has no stable manifest ({Layout.Display(Layout.StableManifestFile(os, ArtifactFamily.VmTemplate))}); build L1 or promote an artifact first.");
            return new ResolvedArtifact
            {
                Reference = reference,
                Os = os,
                ArtifactFileName = stable.PromotedFrom,
                Path = stable.Path,
                Manifest = stable.Manifest,
                IsStable = true,
            };
        }

        var fileName = ArtifactFileNames.Check(name);
        var manifest = ReadArtifact(os, fileName);
        var isStable = Enum.GetValues<ArtifactFamily>().Any(family => TryPromotedFrom(os, family) == fileName);
        return new ResolvedArtifact
        {
            Reference = reference,
            Os = os,
            ArtifactFileName = fileName,
            Path = Layout.ArtifactFile(os, fileName),
            Manifest = manifest,
            IsStable = isStable,
        };
    }

    /// <summary>
    /// Makes an artifact the stable one: writes the stable manifest of its family as a copy of it plus <c>promoted_from</c>
    /// and <c>promoted_at</c>, atomically (a legacy link is replaced by the copy; the artifact is never touched), and appends
    /// the move to <c>spec/promotions.log</c>. Promoting the artifact that is already stable changes nothing.
    /// </summary>
    /// <exception cref="ManifestException">The artifact does not exist or cannot be read.</exception>
    public PromotionResult Promote(string os, string artifactFileName) =>
        _promoter.Promote(LabLayout.CheckOsName(os), artifactFileName, PromotionRecord.Promote);

    /// <summary>
    /// Rolls the stable manifest back to the artifact that was stable before it (see <c>spec/promotions.log</c>; without a
    /// usable log, the artifact built just before the current one). Repeated calls walk further back.
    /// </summary>
    /// <param name="os">The OS.</param>
    /// <param name="family">Which stable manifest; by default the only one the OS has.</param>
    /// <exception cref="ManifestException">There is no stable manifest, or nothing before it.</exception>
    public PromotionResult PromotePrevious(string os, ArtifactFamily? family = null)
    {
        LabLayout.CheckOsName(os);
        var chosen = family ?? OnlyStableFamily(os);
        var current = ReadStable(os, chosen)
            ?? throw new ManifestException(
                $"{Layout.Display(Layout.StableManifestFile(os, chosen))}: not found; there is no stable manifest to roll back.");
        var previous = _promoter.PreviousOf(os, current, ArtifactLister.List(Layout, os));
        return _promoter.Promote(os, previous, PromotionRecord.Rollback);
    }

    /// <summary>The promotions recorded for an OS, oldest first.</summary>
    public IReadOnlyList<PromotionRecord> ReadPromotionLog(string os) => PromotionLog.Read(Layout.PromotionLogFile(LabLayout.CheckOsName(os)));

    private static bool IsOperatingSystemFolder(string folder) =>
        File.Exists(Path.Combine(folder, LabLayout.TemplateFileName))
        || Directory.Exists(Path.Combine(folder, LabLayout.ArtifactsDirectoryName))
        || Directory.Exists(Path.Combine(folder, LabLayout.SpecDirectoryName))
        || Directory.Exists(Path.Combine(folder, LabLayout.PersonasDirectoryName));

    private static DateTimeOffset ToUtcSecond(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private ArtifactFamily OnlyStableFamily(string os)
    {
        var present = Enum.GetValues<ArtifactFamily>().Where(f => StableManifestReader.Exists(Layout, os, f)).ToList();
        return present.Count switch
        {
            0 => throw new ManifestException(
                $"{Layout.Display(Layout.StableManifestFile(os, ArtifactFamily.VmTemplate))}: not found; there is no stable manifest to roll back."),
            1 => present[0],
            _ => throw new ManifestException(
                $"{Layout.Display(Layout.SpecDirectory(os))}: has both {LabLayout.VmTemplateStableFileName} and {LabLayout.IsoStableFileName}; say which one to roll back."),
        };
    }

    private string? TryPromotedFrom(string os, ArtifactFamily family)
    {
        try
        {
            return StableManifestReader.TryRead(Layout, os, family)?.PromotedFrom;
        }
        catch (ManifestException)
        {
            return null;
        }
    }
}
