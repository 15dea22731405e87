namespace HomeLab.Secrets;

/// <summary>What <see cref="SecretsLoader"/> put into the environment: names only, never values.</summary>
/// <param name="Names">The variables set from Doppler, sorted ordinally.</param>
/// <param name="SkippedNames">Doppler's own meta keys that were left alone (see <see cref="SecretsLoader.DopplerMetaKeys"/>), sorted.</param>
public sealed record LoadedSecrets(IReadOnlyList<string> Names, IReadOnlyList<string> SkippedNames)
{
    /// <summary>One line for the log, e.g. <c>Doppler: 2 secrets loaded (PM_TOKEN_ID, PM_TOKEN_SECRET)</c>.</summary>
    public string Summary => Names.Count switch
    {
        0 => "Doppler: 0 secrets loaded",
        1 => $"Doppler: 1 secret loaded ({Names[0]})",
        _ => $"Doppler: {Names.Count} secrets loaded ({string.Join(", ", Names)})",
    };

    /// <inheritdoc />
    public override string ToString() => Summary;
}
