namespace HomeLab.Tools.Docker;

/// <summary>Which Compose program runs the commands.</summary>
public enum ComposeCli
{
    /// <summary>
    /// <c>docker compose</c> (the v2 plugin) when the docker CLI has it (<c>docker compose version</c> succeeds),
    /// otherwise <c>docker-compose</c> (v1). Asked once per Cake context and docker executable.
    /// </summary>
    Auto,

    /// <summary>Always <c>docker compose</c>, the v2 plugin of the docker CLI.</summary>
    Plugin,

    /// <summary>Always <c>docker-compose</c>, the standalone program (v1, e.g. Debian's 1.29).</summary>
    Standalone,
}
