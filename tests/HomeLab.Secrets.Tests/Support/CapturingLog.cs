using System.Collections.Concurrent;
using System.Globalization;
using Cake.Core.Diagnostics;

namespace HomeLab.Secrets.Tests.Support;

/// <summary>A Cake log at Diagnostic verbosity that keeps every formatted message, to prove what was (not) logged.</summary>
internal sealed class CapturingLog : ICakeLog
{
    private readonly ConcurrentQueue<string> _messages = new();

    public Verbosity Verbosity { get; set; } = Verbosity.Diagnostic;

    public IReadOnlyList<string> Messages => _messages.ToArray();

    public string AllText => string.Join('\n', _messages);

    public void Write(Verbosity verbosity, LogLevel level, string format, params object[] args)
    {
        if (verbosity <= Verbosity)
        {
            _messages.Enqueue(args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args));
        }
    }
}
