namespace HomeLab.Tools.Ansible;

/// <summary>
/// The JUnit folder of one playbook run: created before it, and afterwards every XML file the run added is scrubbed
/// of the run's secret values (the junit callback copies task results, which may print them, into the files).
/// </summary>
internal sealed class AnsibleJUnitFiles
{
    private readonly string _folder;
    private readonly HashSet<string> _before;

    private AnsibleJUnitFiles(string folder)
    {
        _folder = folder;
        _before = Xml(folder).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Creates <paramref name="folder"/> and notes the XML files already in it.</summary>
    public static AnsibleJUnitFiles Prepare(string folder)
    {
        Directory.CreateDirectory(folder);
        return new AnsibleJUnitFiles(folder);
    }

    /// <summary>Masks <paramref name="secrets"/> in the XML files the run wrote.</summary>
    public void Scrub(IReadOnlyList<string> secrets)
    {
        if (secrets.Count == 0 || !Directory.Exists(_folder))
        {
            return;
        }

        foreach (var file in Xml(_folder).Where(file => !_before.Contains(file)))
        {
            var text = File.ReadAllText(file);
            var scrubbed = secrets.OrderByDescending(secret => secret.Length)
                .Aggregate(text, (current, secret) => current.Replace(secret, HomeLab.Secrets.SecretRedactor.Mask, StringComparison.Ordinal));
            if (!string.Equals(text, scrubbed, StringComparison.Ordinal))
            {
                File.WriteAllText(file, scrubbed);
            }
        }
    }

    private static IEnumerable<string> Xml(string folder) => Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder, "*.xml", SearchOption.TopDirectoryOnly)
        : [];
}
