namespace HomeLab.Tools.Docker;

/// <summary>One container of a compose stack, as <c>compose ps</c> reports it; every text is redacted.</summary>
/// <param name="Service">The compose service, e.g. <c>web</c>.</param>
/// <param name="Name">The container's name, e.g. <c>gatus-web-1</c> (v2) or <c>gatus_web_1</c> (v1).</param>
/// <param name="State">Docker's state: <c>running</c>, <c>exited</c>, <c>restarting</c>, <c>created</c>, <c>paused</c>, <c>dead</c>.</param>
/// <param name="Status">The human status, e.g. <c>Up 3 minutes (healthy)</c> on v2; on v1 the state with its exit code or health.</param>
/// <param name="Health">The health check's verdict (<c>healthy</c>, <c>unhealthy</c>, <c>starting</c>), <c>null</c> without one.</param>
/// <param name="Ports">Published and exposed ports, e.g. <c>0.0.0.0:8080-&gt;80/tcp</c>, sorted.</param>
/// <param name="Image">The image it runs.</param>
/// <param name="Id">The container id.</param>
public sealed record DockerComposeContainer(
    string Service,
    string Name,
    string State,
    string Status,
    string? Health,
    IReadOnlyList<string> Ports,
    string Image,
    string Id)
{
    /// <summary>Whether the container runs (and is not unhealthy).</summary>
    public bool IsRunning => string.Equals(State, "running", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(Health, "unhealthy", StringComparison.OrdinalIgnoreCase);
}
