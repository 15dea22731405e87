using HomeLab.Manifests;

namespace HomeLab.L2.Instances.Specs;

/// <summary>Turns <c>--persona=ubuntu/docker</c> values (repeated, or comma-separated) into the lab's personas they name.</summary>
public static class PersonaSelector
{
    /// <summary>
    /// The personas named, in the lab's order (OS, then persona) and each once; no values (or only empty ones) select every
    /// persona. A value that names no persona of the lab makes <see cref="PersonaSelection.Error"/> one line that lists
    /// the lab's personas.
    /// </summary>
    public static PersonaSelection Select(IReadOnlyList<PersonaId> available, IEnumerable<string>? values)
    {
        ArgumentNullException.ThrowIfNull(available);
        var wanted = (values ?? [])
            .SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (wanted.Count == 0)
        {
            return new PersonaSelection(available, null);
        }

        var byName = available.ToDictionary(p => p.ToString(), StringComparer.Ordinal);
        var unknown = wanted.Where(name => !byName.ContainsKey(name)).ToList();
        if (unknown.Count > 0)
        {
            var known = available.Count == 0
                ? "the lab has none (infra/os/<os>/personas/<persona>/spec/terraform.json)"
                : "the lab's personas are " + string.Join(", ", available);
            var names = string.Join(", ", unknown.Select(name => $"'{name}'"));
            return new PersonaSelection([], $"--persona {names}: no such persona; {known}.");
        }

        var chosen = wanted.ToHashSet(StringComparer.Ordinal);
        return new PersonaSelection(available.Where(p => chosen.Contains(p.ToString())).ToList(), null);
    }
}
