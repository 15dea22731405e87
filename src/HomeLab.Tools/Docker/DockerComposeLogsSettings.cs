namespace HomeLab.Tools.Docker;

/// <summary>Settings for <c>compose logs</c> (never <c>--follow</c>: the lines are returned when it ends).</summary>
public sealed class DockerComposeLogsSettings : DockerComposeCommandSettings
{
    /// <summary>How many lines to show from the end of each container's log (<c>--tail N</c>); <c>null</c> shows all.</summary>
    public int? Tail { get; set; }

    /// <summary>Prefix each line with its timestamp (<c>--timestamps</c>).</summary>
    public bool Timestamps { get; set; }

    /// <summary>Leave out colour codes (<c>--no-color</c>).</summary>
    public bool NoColor { get; set; }
}
