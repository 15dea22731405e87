namespace HomeLab.Manifests;

/// <summary>Finds every persona of a lab: each <c>infra/os/&lt;os&gt;/personas/&lt;persona&gt;/spec/terraform.json</c>.</summary>
internal static class PersonaLister
{
    /// <summary>Ordered by OS, then persona (ordinal); hidden folders and names that are not folder names are skipped.</summary>
    public static IReadOnlyList<PersonaId> List(LabLayout layout)
    {
        var root = layout.OperatingSystemsDirectory;
        if (!Directory.Exists(root))
        {
            return [];
        }

        var personas = new List<PersonaId>();
        foreach (var os in FolderNames(root))
        {
            var folder = layout.PersonasDirectory(os);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            personas.AddRange(FolderNames(folder)
                .Where(persona => File.Exists(layout.PersonaSpecFile(os, persona)))
                .Select(persona => new PersonaId(os, persona)));
        }

        return personas;
    }

    private static IEnumerable<string> FolderNames(string parent) =>
        Directory.EnumerateDirectories(parent)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !name.StartsWith('.') && LabLayout.IsFolderName(name))
            .Order(StringComparer.Ordinal);
}
