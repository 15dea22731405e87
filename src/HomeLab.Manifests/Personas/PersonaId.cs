namespace HomeLab.Manifests;

/// <summary>One persona of one OS, written <c>&lt;os&gt;/&lt;persona&gt;</c> (e.g. <c>ubuntu/docker</c>).</summary>
public sealed record PersonaId(string Os, string Persona)
{
    public override string ToString() => $"{Os}/{Persona}";
}
