using System.Collections.Concurrent;
using System.Globalization;
using Cake.Core.Diagnostics;

namespace HomeLab.L1.Templates.Tests.Support;

/// <summary>A Cake log at Diagnostic verbosity that keeps every formatted message.</summary>
internal sealed class CapturingLog : ICakeLog
{
    private readonly ConcurrentQueue<string> _messages = new();

    public Verbosity Verbosity { get; set; } = Verbosity.Diagnostic;

    public IReadOnlyList<string> Messages => _messages.ToArray();

    public string AllText => string.Join('\n', Messages);

    public void Write(Verbosity verbosity, LogLevel level, string format, params object[] args)
    {
        if (verbosity <= Verbosity)
        {
            _messages.Enqueue(args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args));
        }
    }
}
