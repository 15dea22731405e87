using System.Text;
using Spectre.Console;

namespace HomeLab.L2.Instances.Tests.Support;

/// <summary>A Spectre console writing plain text to memory, with wide lines.</summary>
internal sealed class TestConsole
{
    private readonly StringBuilder _text = new();

    public TestConsole()
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(new StringWriter(_text)),
        });
        Console.Profile.Width = 300;
    }

    public IAnsiConsole Console { get; }

    public string Text => _text.ToString();
}
