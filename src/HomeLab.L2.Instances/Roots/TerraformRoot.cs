using HomeLab.Manifests;

namespace HomeLab.L2.Instances.Roots;

/// <summary>The Terraform root that creates one persona's hosts.</summary>
/// <param name="Persona">The persona.</param>
/// <param name="Directory">The root's folder (absolute).</param>
/// <param name="DisplayPath">The folder as messages show it (lab-relative when inside the lab).</param>
public sealed record TerraformRoot(PersonaId Persona, string Directory, string DisplayPath);
