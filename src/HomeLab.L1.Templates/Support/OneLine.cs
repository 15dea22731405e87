namespace HomeLab.L1.Templates;

/// <summary>Makes text fit one log line: line breaks become "; ", and the result is trimmed.</summary>
internal static class OneLine
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join("; ", lines);
    }
}
