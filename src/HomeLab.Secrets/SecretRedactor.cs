namespace HomeLab.Secrets;

/// <summary>
/// Remembers secret values and masks them in text headed for the console, logs or artifacts.
/// </summary>
/// <remarks>
/// Values shorter than <see cref="MinimumLength"/> characters are ignored: masking every "on" or "22" would shred
/// ordinary output and hide nothing worth hiding. Longer values are replaced first, so a secret that contains another
/// is masked whole. Thread-safe.
/// </remarks>
public sealed class SecretRedactor
{
    /// <summary>What a secret is replaced with (the same text Cake prints for secret arguments).</summary>
    public const string Mask = "[REDACTED]";

    /// <summary>Shorter values are not remembered.</summary>
    public const int MinimumLength = 4;

    /// <summary>Variables that hold a secret whether or not Doppler loaded them.</summary>
    public static readonly IReadOnlyList<string> WellKnownSecretVariables = ["PM_TOKEN_SECRET", DopplerRunner.TokenVariable];

    private readonly object _gate = new();
    private readonly HashSet<string> _values = new(StringComparer.Ordinal);
    private string[] _longestFirst = [];

    /// <summary>How many values are remembered.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _values.Count;
            }
        }
    }

    /// <summary>Remembers <paramref name="value"/> unless it is null, blank or too short.</summary>
    public void Add(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length < MinimumLength)
        {
            return;
        }

        lock (_gate)
        {
            if (_values.Add(value))
            {
                _longestFirst = _values.OrderByDescending(v => v.Length).ThenBy(v => v, StringComparer.Ordinal).ToArray();
            }
        }
    }

    /// <summary>Remembers each value.</summary>
    public void AddRange(IEnumerable<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            Add(value);
        }
    }

    /// <summary>Remembers the current values of <paramref name="names"/> (default: <see cref="WellKnownSecretVariables"/>).</summary>
    public void AddFromEnvironment(Func<string, string?> lookup, IEnumerable<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        foreach (var name in names ?? WellKnownSecretVariables)
        {
            Add(lookup(name));
        }
    }

    /// <summary>Returns <paramref name="text"/> with every remembered value replaced by <see cref="Mask"/>.</summary>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        string[] values;
        lock (_gate)
        {
            values = _longestFirst;
        }

        foreach (var value in values)
        {
            text = text.Replace(value, Mask, StringComparison.Ordinal);
        }

        return text;
    }
}
