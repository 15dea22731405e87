namespace HomeLab.Tools.Docker;

/// <summary>
/// Settings for <c>compose ps</c>. Its output is parsed, never logged: <c>--format json</c> on v2; on v1, which has no
/// JSON, the container ids (<c>ps -q</c>) and then <c>docker inspect</c> with a template that reads only the fields
/// a <see cref="DockerComposeContainer"/> holds (so no container environment ever reaches this process).
/// </summary>
public sealed class DockerComposePsSettings : DockerComposeCommandSettings
{
    /// <summary>
    /// Include stopped containers (<c>--all</c>). v2 lists only running ones without it; v1 lists stopped ones anyway
    /// and adds one-off <c>run</c> containers with it.
    /// </summary>
    public bool All { get; set; }
}
