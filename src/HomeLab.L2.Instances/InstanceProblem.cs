using HomeLab.Manifests;

namespace HomeLab.L2.Instances;

/// <summary>
/// One reason L2 must not run Terraform, printed as <c>file:line: host: message</c>; the parts that do not apply are left
/// out (a persona without a Terraform root has no host, an unreachable API has no file).
/// </summary>
/// <param name="File">The persona spec as the operator knows it (lab-relative, forward slashes); null for the API as a whole.</param>
/// <param name="Line">The 1-based line in <paramref name="File"/>, when there is one.</param>
/// <param name="Host">The host the problem is about, when there is one.</param>
/// <param name="Message">What is wrong, and what would be right.</param>
public sealed record InstanceProblem(string? File, int? Line, string? Host, string Message)
{
    /// <summary>A problem of one host, on the line of one of its fields.</summary>
    public static InstanceProblem AtField(PersonaSpec spec, PersonaHost host, string field, string message) =>
        new(spec.DisplayPath, host.LineOf(field), host.Name, message);

    /// <summary>A schema or JSON error of a persona spec; a field under <c>hosts/&lt;name&gt;/</c> is shown as that host's.</summary>
    public static InstanceProblem FromManifestError(ManifestError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var prefix = PersonaFields.Hosts + "/";
        if (error.Field is { } field && field.StartsWith(prefix, StringComparison.Ordinal))
        {
            var rest = field[prefix.Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0)
            {
                return new InstanceProblem(error.File, error.Line, rest[..slash], $"{rest[(slash + 1)..]}: {error.Message}");
            }
        }

        return new InstanceProblem(error.File, error.Line, null, error.Field is null ? error.Message : $"{error.Field}: {error.Message}");
    }

    public override string ToString()
    {
        var parts = new List<string>(3);
        if (File is not null)
        {
            parts.Add(Line is { } line ? $"{File}:{line}" : File);
        }

        if (Host is not null)
        {
            parts.Add(Host);
        }

        parts.Add(Message);
        return string.Join(": ", parts);
    }
}
