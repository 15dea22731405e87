namespace HomeLab.Tools.Docker;

/// <summary>Settings for <c>compose up</c>.</summary>
public sealed class DockerComposeUpSettings : DockerComposeCommandSettings
{
    /// <summary>Run the containers in the background (<c>--detach</c>).</summary>
    public bool Detach { get; set; }

    /// <summary>Remove containers of services no longer in the compose files (<c>--remove-orphans</c>).</summary>
    public bool RemoveOrphans { get; set; }

    /// <summary>Recreate containers even when nothing changed (<c>--force-recreate</c>).</summary>
    public bool ForceRecreate { get; set; }

    /// <summary>Build images before starting (<c>--build</c>).</summary>
    public bool Build { get; set; }

    /// <summary>Shutdown timeout for containers it replaces (<c>--timeout N</c>, whole seconds rounded up).</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>Wait until the services are running or healthy (<c>--wait</c>); Compose v2 only, refused on v1.</summary>
    public bool Wait { get; set; }
}
