namespace HomeLab.Tools.Docker;

/// <summary>Settings for <c>compose down</c>.</summary>
public sealed class DockerComposeDownSettings : DockerComposeCommandSettings
{
    /// <summary>Remove containers of services no longer in the compose files (<c>--remove-orphans</c>).</summary>
    public bool RemoveOrphans { get; set; }

    /// <summary>Shutdown timeout (<c>--timeout N</c>, whole seconds rounded up).</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>Remove named volumes of the compose files and anonymous volumes (<c>--volumes</c>): their data is lost.</summary>
    public bool Volumes { get; set; }
}
