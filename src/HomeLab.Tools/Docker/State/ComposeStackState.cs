namespace HomeLab.Tools.Docker;

/// <summary>A stack's state after <c>up</c>: its containers as <c>compose ps</c> reported them.</summary>
public sealed record ComposeStackState(IReadOnlyList<DockerComposeContainer> Containers)
{
    /// <summary>How many containers run (and are not unhealthy).</summary>
    public int RunningCount => Containers.Count(c => c.IsRunning);

    /// <summary>Whether the stack has containers and every one of them runs.</summary>
    public bool IsUp => Containers.Count > 0 && RunningCount == Containers.Count;

    /// <summary>The services whose containers do not all run, sorted, e.g. for the error that fails the task.</summary>
    public IReadOnlyList<string> ServicesNotRunning => Containers.Where(c => !c.IsRunning)
        .Select(c => c.Service).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>e.g. <c>2/2 running</c> or <c>1/2 running (not running: worker)</c> or <c>no containers</c>.</summary>
    public string Summary => Containers.Count == 0
        ? "no containers"
        : ServicesNotRunning.Count == 0
            ? $"{RunningCount}/{Containers.Count} running"
            : $"{RunningCount}/{Containers.Count} running (not running: {string.Join(", ", ServicesNotRunning)})";
}
