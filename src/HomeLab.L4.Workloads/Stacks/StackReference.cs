using System.Text.RegularExpressions;

namespace HomeLab.L4.Workloads;

/// <summary>A Docker Compose stack of the lab, <c>--stack=&lt;host&gt;/&lt;stack&gt;</c>: <c>compose/&lt;host&gt;/&lt;stack&gt;/compose.yaml</c>.</summary>
public sealed partial record StackReference(string Host, string Stack)
{
    /// <exception cref="ArgumentException">The value is not <c>&lt;host&gt;/&lt;stack&gt;</c> (one line with an example).</exception>
    public static StackReference Parse(string value)
    {
        var parts = (value ?? string.Empty).Trim().Split('/');
        return parts.Length == 2 && Name().IsMatch(parts[0]) && Name().IsMatch(parts[1])
            ? new StackReference(parts[0], parts[1])
            : throw new ArgumentException($"--stack='{value}' is not <host>/<stack>; name a folder of compose/, e.g. --stack=dock-01/whoami.");
    }

    public override string ToString() => $"{Host}/{Stack}";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex Name();
}
