namespace HomeLab.Tools.Ansible;

/// <summary>
/// The JUnit folder of one playbook run: created before it, and afterwards every XML file the run added is scrubbed
/// of the run's secret values and passed through the settings' own redactor (the junit callback copies task results,
/// which may print secrets the wrapper was never told about, such as those Doppler put in the environment).
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

    /// <summary>Masks <paramref name="secrets"/>, then whatever <paramref name="redact"/> masks, in the XML files the run wrote.</summary>
    public void Scrub(IReadOnlyList<string> secrets, Func<string, string>? redact = null)
    {
        if ((secrets.Count == 0 && redact is null) || !Directory.Exists(_folder))
        {
            return;
        }

        foreach (var file in Xml(_folder).Where(file => !_before.Contains(file)))
        {
            var text = File.ReadAllText(file);
            var scrubbed = secrets.OrderByDescending(secret => secret.Length)
                .Aggregate(text, (current, secret) => current.Replace(secret, HomeLab.Secrets.SecretRedactor.Mask, StringComparison.Ordinal));
            scrubbed = redact is null ? scrubbed : redact(scrubbed);
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
