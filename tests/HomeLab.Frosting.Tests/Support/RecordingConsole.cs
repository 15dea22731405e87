using System.Text;
using Cake.Core;

namespace HomeLab.Frosting.Tests.Support;

/// <summary>A Cake console that writes into string builders instead of the process's streams.</summary>
internal sealed class RecordingConsole : IConsole
{
    private readonly StringBuilder _all;
    private readonly StringBuilder _errors;

    public RecordingConsole(StringBuilder all, StringBuilder errors)
    {
        _all = all;
        _errors = errors;
    }

    public ConsoleColor ForegroundColor { get; set; }

    public ConsoleColor BackgroundColor { get; set; }

    public bool SupportAnsiEscapeCodes => false;

    public void Write(string format, params object[] arg) => _all.Append(Format(format, arg));

    public void Write(string value) => _all.Append(value);

    public void WriteLine(string format, params object[] arg) => _all.AppendLine(Format(format, arg));

    public void WriteLine(string value) => _all.AppendLine(value);

    public void WriteError(string format, params object[] arg) => WriteError(Format(format, arg));

    public void WriteError(string value)
    {
        _all.Append(value);
        _errors.Append(value);
    }

    public void WriteErrorLine(string format, params object[] arg) => WriteErrorLine(Format(format, arg));

    public void WriteErrorLine(string value)
    {
        _all.AppendLine(value);
        _errors.AppendLine(value);
    }

    public void ResetColor()
    {
    }

    private static string Format(string format, object[] arg) => arg.Length == 0 ? format : string.Format(format, arg);
}
