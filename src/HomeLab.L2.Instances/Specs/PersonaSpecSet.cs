using HomeLab.Manifests;

namespace HomeLab.L2.Instances.Specs;

/// <summary>Every persona of a lab, with the specs that could be read and the problems of those that could not.</summary>
public sealed class PersonaSpecSet
{
    public PersonaSpecSet(IReadOnlyList<PersonaId> personas, IReadOnlyList<PersonaSpec> specs, IReadOnlyDictionary<PersonaId, IReadOnlyList<InstanceProblem>> problems)
    {
        Personas = personas;
        Specs = specs;
        Problems = problems;
    }

    /// <summary>Every persona of the lab, by OS, then persona.</summary>
    public IReadOnlyList<PersonaId> Personas { get; }

    /// <summary>The specs that passed their schema, in the same order.</summary>
    public IReadOnlyList<PersonaSpec> Specs { get; }

    /// <summary>The problems of each spec that did not.</summary>
    public IReadOnlyDictionary<PersonaId, IReadOnlyList<InstanceProblem>> Problems { get; }

    /// <summary>Reads every persona of the lab; a spec that cannot be read is kept as its problems, never thrown.</summary>
    public static PersonaSpecSet Load(LabManifests manifests)
    {
        ArgumentNullException.ThrowIfNull(manifests);
        var personas = manifests.ListPersonas();
        var specs = new List<PersonaSpec>(personas.Count);
        var problems = new Dictionary<PersonaId, IReadOnlyList<InstanceProblem>>();
        foreach (var persona in personas)
        {
            try
            {
                specs.Add(manifests.ReadPersona(persona.Os, persona.Persona));
            }
            catch (ManifestException exception)
            {
                problems[persona] = exception.Errors.Count > 0
                    ? exception.Errors.Select(InstanceProblem.FromManifestError).ToList()
                    : [new InstanceProblem(manifests.Layout.Display(manifests.Layout.PersonaSpecFile(persona.Os, persona.Persona)), null, null, exception.Message)];
            }
        }

        return new PersonaSpecSet(personas, specs, problems);
    }
}
