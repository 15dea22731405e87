namespace HomeLab.L0.Runway.Checks;

/// <summary>Small helpers that keep reason texts uniform.</summary>
internal static class Reasons
{
    /// <summary>A message without surrounding blanks or a final full stop, so it can be embedded in a sentence.</summary>
    public static string Plain(string? message)
    {
        var text = (message ?? "").Trim();
        return text.EndsWith('.') && !text.EndsWith("..", StringComparison.Ordinal) ? text[..^1] : text;
    }

    public static string List(IEnumerable<string> items, string none)
    {
        var list = items.Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? none : string.Join(", ", list);
    }
}
