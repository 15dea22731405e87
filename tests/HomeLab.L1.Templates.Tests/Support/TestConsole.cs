using System.Text;
using Spectre.Console;

namespace HomeLab.L1.Templates.Tests.Support;

/// <summary>A Spectre console writing to memory, without colours and with wide lines: plain text, or a terminal's live output when interactive.</summary>
internal sealed class TestConsole
{
    private readonly StringBuilder _text = new();

    public TestConsole(bool interactive = false)
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            // Live widgets redraw with escape sequences; without them Spectre falls back to plain output.
            Ansi = interactive ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(new StringWriter(_text)),
        });
        Console.Profile.Width = 400;
    }

    public IAnsiConsole Console { get; }

    public string Text
    {
        get
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }

    public IReadOnlyList<string> Lines => Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToList();
}
