namespace HomeLab.Secrets;

/// <summary>How an on/off environment variable such as <c>DOPPLER</c> or <c>CI</c> reads.</summary>
internal enum FlagState
{
    /// <summary>Not set, or set to an empty or blank value.</summary>
    Unset,

    /// <summary><c>1</c>, <c>true</c>, <c>yes</c> or <c>on</c> (any case, surrounding blanks ignored).</summary>
    On,

    /// <summary><c>0</c>, <c>false</c>, <c>no</c> or <c>off</c> (any case, surrounding blanks ignored).</summary>
    Off,

    /// <summary>Any other value.</summary>
    Unrecognised,
}

/// <summary>Reads on/off environment variables leniently.</summary>
internal static class EnvironmentFlag
{
    private static readonly string[] OnWords = ["1", "true", "yes", "on"];
    private static readonly string[] OffWords = ["0", "false", "no", "off"];

    public static FlagState Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return FlagState.Unset;
        }

        var word = value.Trim();
        if (OnWords.Any(on => string.Equals(on, word, StringComparison.OrdinalIgnoreCase)))
        {
            return FlagState.On;
        }

        return OffWords.Any(off => string.Equals(off, word, StringComparison.OrdinalIgnoreCase))
            ? FlagState.Off
            : FlagState.Unrecognised;
    }
}
