using System.Diagnostics;

namespace HomeLab.L1.Templates.Tests.Unit;

/// <summary>Each quoted argument reaches a real process unchanged.</summary>
[Platform(Exclude = "Win")]
public class ShellArgumentTests
{
    [TestCase("plain")]
    [TestCase("with spaces and 'single quotes'")]
    [TestCase("say \"hi\"")]
    [TestCase(@"C:\path\ends\with\")]
    [TestCase("a \\\" b \\\\\" c")]
    [TestCase("$HOME `pwd` ; | & > <")]
    [TestCase("")]
    public void The_process_receives_the_argument_unchanged(string argument)
    {
        var start = new ProcessStartInfo("/usr/bin/printf", "%s " + ShellArgument.Quote(argument))
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.That(output, Is.EqualTo(argument));
    }
}
