using Cake.Core;
using HomeLab.Secrets;
using Spectre.Console;

namespace HomeLab.Build;

/// <summary>
/// How the host writes to its console. Colours only where they are read as colours, a terminal or a CI log, and
/// never with <c>NO_COLOR</c> set: Cake's own check looks at <c>TERM</c> alone and coloured its log lines in files.
/// Written to a file or a pipe, Spectre lays its tables out on a wide line instead of the 80 columns it assumes
/// there, so an address or a path is not broken over two lines.
/// </summary>
internal sealed class ConsoleOutput
{
    /// <summary>The line width when the output is not a terminal.</summary>
    public const int RedirectedWidth = 200;

    private ConsoleOutput(bool colours, bool terminal)
    {
        Colours = colours;
        Terminal = terminal;
    }

    public bool Colours { get; }

    public bool Terminal { get; }

    public static ConsoleOutput Detect(Func<string, string?> environment)
    {
        var terminal = !Console.IsOutputRedirected && !Console.IsErrorRedirected;
        var noColour = !string.IsNullOrWhiteSpace(environment("NO_COLOR"));
        return new ConsoleOutput(!noColour && (terminal || DopplerPolicy.IsCiRun(environment(DopplerPolicy.CiVariable))), terminal);
    }

    /// <summary>Spectre's console for the tables and the summary, with the colours and width decided here.</summary>
    public IAnsiConsole CreateAnsiConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = Colours ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = Colours ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        if (!Terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }

    /// <summary>Cake's console, with its colours switched off where this says so.</summary>
    public IConsole Wrap(IConsole console) => Colours ? console : new UncolouredConsole(console);

    private sealed class UncolouredConsole(IConsole inner) : IConsole
    {
        public ConsoleColor ForegroundColor { get => inner.ForegroundColor; set { } }

        public ConsoleColor BackgroundColor { get => inner.BackgroundColor; set { } }

        public bool SupportAnsiEscapeCodes => false;

        public void Write(string format, params object[] arg) => inner.Write(format, arg);

        public void WriteLine(string format, params object[] arg) => inner.WriteLine(format, arg);

        public void WriteError(string format, params object[] arg) => inner.WriteError(format, arg);

        public void WriteErrorLine(string format, params object[] arg) => inner.WriteErrorLine(format, arg);

        public void ResetColor()
        {
        }
    }
}
