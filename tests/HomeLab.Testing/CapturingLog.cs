using System.Collections.Concurrent;
using System.Globalization;
using Cake.Core.Diagnostics;

namespace HomeLab.Testing;

/// <summary>A Cake log at Diagnostic verbosity that keeps every formatted message, to prove what was (not) logged.</summary>
public sealed class CapturingLog : ICakeLog
{
    private readonly ConcurrentQueue<LoggedMessage> _messages = new();

    public Verbosity Verbosity { get; set; } = Verbosity.Diagnostic;

    public IReadOnlyList<LoggedMessage> Entries => _messages.ToArray();

    public IReadOnlyList<string> Messages => _messages.Select(m => m.Text).ToArray();

    public string AllText => string.Join('\n', Messages);

    /// <summary>The messages written at exactly <paramref name="verbosity"/>.</summary>
    public IReadOnlyList<string> At(Verbosity verbosity) =>
        _messages.Where(m => m.Verbosity == verbosity).Select(m => m.Text).ToArray();

    public void Write(Verbosity verbosity, LogLevel level, string format, params object[] args)
    {
        if (verbosity <= Verbosity)
        {
            var text = args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
            _messages.Enqueue(new LoggedMessage(verbosity, level, text));
        }
    }
}
