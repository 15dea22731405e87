namespace HomeLab.L4.Workloads;

/// <summary>
/// The <c>DOCKER_HOST</c> that reaches a host's Docker engine over SSH, <c>ssh://&lt;ansible_user&gt;@&lt;ansible_host&gt;[:port]</c>,
/// from the host's inventory variables.
/// </summary>
public static class DockerHostAddress
{
    /// <param name="host">The inventory host name, used when it has no ansible_host.</param>
    /// <param name="variables">Its inventory variables (ansible_host, ansible_user, ansible_port).</param>
    public static string For(string host, IReadOnlyDictionary<string, string?> variables)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentNullException.ThrowIfNull(variables);
        var address = Value(variables, "ansible_host") ?? host;
        var user = Value(variables, "ansible_user");
        var port = Value(variables, "ansible_port");
        var authority = address.Contains(':', StringComparison.Ordinal) && !address.StartsWith('[') ? $"[{address}]" : address;
        return $"ssh://{(user is null ? string.Empty : user + "@")}{authority}{(port is null ? string.Empty : ":" + port)}";
    }

    private static string? Value(IReadOnlyDictionary<string, string?> variables, string name) =>
        variables.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
