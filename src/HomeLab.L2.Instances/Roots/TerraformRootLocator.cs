using HomeLab.Manifests;

namespace HomeLab.L2.Instances.Roots;

/// <summary>
/// Finds each persona's Terraform root: the first of <c>&lt;base&gt;/&lt;os&gt;_&lt;persona&gt;</c> and <c>&lt;base&gt;/&lt;os&gt;</c>
/// (appliance OSes with one persona) that exists.
/// </summary>
public sealed class TerraformRootLocator
{
    /// <summary>The original tooling's TF_BASE_DIR default, relative to the lab root.</summary>
    public const string DefaultBaseDirectory = "terraform/l2";

    private readonly LabLayout _layout;

    /// <param name="layout">The lab.</param>
    /// <param name="baseDirectory">TF_BASE_DIR as given (the caller reads the setting); a relative path is taken from the lab root.</param>
    public TerraformRootLocator(LabLayout layout, string baseDirectory = DefaultBaseDirectory)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentException.ThrowIfNullOrWhiteSpace(baseDirectory);
        _layout = layout;
        BaseDirectory = Path.GetFullPath(baseDirectory, layout.Root);
    }

    /// <summary>The base folder (absolute).</summary>
    public string BaseDirectory { get; }

    /// <summary>The folders tried for a persona, in order.</summary>
    public IReadOnlyList<string> Candidates(PersonaId persona)
    {
        ArgumentNullException.ThrowIfNull(persona);
        return [Path.Combine(BaseDirectory, $"{persona.Os}_{persona.Persona}"), Path.Combine(BaseDirectory, persona.Os)];
    }

    /// <summary>The persona's root, or null after adding a problem on <paramref name="spec"/> that names the folders tried.</summary>
    public TerraformRoot? Locate(PersonaSpec spec, ICollection<InstanceProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(problems);
        var candidates = Candidates(spec.Id);
        if (candidates.FirstOrDefault(Directory.Exists) is { } found)
        {
            return new TerraformRoot(spec.Id, found, _layout.Display(found));
        }

        problems.Add(new InstanceProblem(spec.DisplayPath, null, null,
            $"{spec.Id} has no Terraform root: neither {_layout.Display(candidates[0])} nor {_layout.Display(candidates[1])} exists; create one of them, or point TF_BASE_DIR at the folder that holds them."));
        return null;
    }
}
