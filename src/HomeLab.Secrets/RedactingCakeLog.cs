using System.Globalization;
using Cake.Core.Diagnostics;

namespace HomeLab.Secrets;

/// <summary>An <see cref="ICakeLog"/> that formats each message, masks remembered secrets, then hands it on.</summary>
public sealed class RedactingCakeLog : ICakeLog
{
    private readonly ICakeLog _inner;
    private readonly SecretRedactor _redactor;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public RedactingCakeLog(ICakeLog inner, SecretRedactor redactor)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _redactor = redactor ?? throw new ArgumentNullException(nameof(redactor));
    }

    /// <inheritdoc />
    public Verbosity Verbosity
    {
        get => _inner.Verbosity;
        set => _inner.Verbosity = value;
    }

    /// <inheritdoc />
    public void Write(Verbosity verbosity, LogLevel level, string format, params object[] args)
    {
        if (verbosity > _inner.Verbosity)
        {
            return;
        }

        var text = args is null || args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
        _inner.Write(verbosity, level, "{0}", _redactor.Redact(text));
    }
}
