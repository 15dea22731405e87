using System.Collections.Concurrent;
using System.Globalization;
using Cake.Core.Diagnostics;

namespace HomeLab.Clean.Tests.Support;

internal sealed class CapturingLog : ICakeLog
{
    private readonly ConcurrentQueue<(Verbosity Verbosity, string Text)> _messages = new();

    public Verbosity Verbosity { get; set; } = Verbosity.Diagnostic;

    public IReadOnlyList<string> Messages => _messages.Select(m => m.Text).ToArray();

    public IReadOnlyList<string> At(Verbosity verbosity) =>
        _messages.Where(m => m.Verbosity == verbosity).Select(m => m.Text).ToArray();

    public void Write(Verbosity verbosity, LogLevel level, string format, params object[] args)
    {
        if (verbosity <= Verbosity)
        {
            _messages.Enqueue((verbosity, args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args)));
        }
    }
}
