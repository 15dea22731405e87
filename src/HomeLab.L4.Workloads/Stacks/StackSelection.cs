namespace HomeLab.L4.Workloads;

/// <summary>The stacks a run deploys: every <c>--stack</c> value, repeated or comma-separated, each once, in the order given.</summary>
public static class StackSelection
{
    /// <exception cref="ArgumentException">A value is not <c>&lt;host&gt;/&lt;stack&gt;</c> (one line, from <see cref="StackReference.Parse"/>).</exception>
    public static IReadOnlyList<StackReference> Parse(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values
            .SelectMany(value => (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries))
            .Select(StackReference.Parse)
            .Distinct()
            .ToList();
    }
}
