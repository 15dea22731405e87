namespace HomeLab.L4.Workloads;

/// <summary>
/// The variables a stack's compose file interpolates that are set in the run's environment, handed to Compose through
/// its environment only (never a file). Every one is a secret (masked in all output, refused on a command line) unless
/// its value is something the run shows anyway: a part of the command line or the DOCKER_HOST, such as a host or stack
/// name, which would otherwise be masked everywhere and make the command refused. A value the run's redactor masks is
/// always a secret.
/// </summary>
/// <param name="Secrets">Handed over and masked, by name.</param>
/// <param name="Plain">Handed over and shown, by name: values the command shows anyway.</param>
/// <param name="Unset">Interpolated but not set: Compose substitutes the file's default or an empty string.</param>
public sealed record StackVariables(
    IReadOnlyDictionary<string, string> Secrets, IReadOnlyDictionary<string, string> Plain, IReadOnlyList<string> Unset)
{
    /// <summary>Sorts the <paramref name="names"/> a compose file interpolates into secret, plain and unset.</summary>
    /// <param name="names">From <see cref="ComposeVariableReferences.In"/>.</param>
    /// <param name="lookup">The run's environment.</param>
    /// <param name="shown">What the run shows anyway: the command's arguments and DOCKER_HOST.</param>
    /// <param name="redact">The run's redactor: a value it changes is a known secret.</param>
    public static StackVariables For(
        IEnumerable<string> names, Func<string, string?> lookup, IReadOnlyCollection<string> shown, Func<string, string> redact)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(redact);
        var secrets = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var plain = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var unset = new List<string>();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            var value = lookup(name);
            if (value is null)
            {
                unset.Add(name);
            }
            else if (shown.Any(text => text.Contains(value, StringComparison.Ordinal)) && redact(value) == value)
            {
                plain[name] = value;
            }
            else
            {
                secrets[name] = value;
            }
        }

        unset.Sort(StringComparer.Ordinal);
        return new StackVariables(secrets, plain, unset);
    }
}
