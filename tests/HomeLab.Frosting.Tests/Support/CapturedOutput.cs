using System.Text;
using Cake.Core;
using Spectre.Console;

namespace HomeLab.Frosting.Tests.Support;

/// <summary>
/// Everything a host writes, through Cake's <see cref="IConsole"/> (log, tree) and Spectre's <see cref="IAnsiConsole"/>
/// (report, descriptions, help), in order, with the error lines also kept apart.
/// </summary>
internal sealed class CapturedOutput
{
    private readonly StringBuilder _all = new();
    private readonly StringBuilder _errors = new();

    public CapturedOutput()
    {
        Console = new RecordingConsole(_all, _errors);
        AnsiConsole = Spectre.Console.AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(new StringWriter(_all)),
        });
        AnsiConsole.Profile.Width = 160;
    }

    public IConsole Console { get; }

    public IAnsiConsole AnsiConsole { get; }

    public string All => _all.ToString();

    public string[] ErrorLines => _errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
