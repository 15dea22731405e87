namespace HomeLab.Build.Tests.Support;

internal static class OutputAssertions
{
    /// <summary>The run failed with exactly one error line and no stack trace.</summary>
    public static void FailedWithOneErrorLine(ProcessResult result, string expectedFragment)
    {
        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString());
        var errorLines = result.AllOutput.Split('\n').Where(line => line.StartsWith("Error: ", StringComparison.Ordinal)).ToList();
        Assert.That(errorLines, Has.Count.EqualTo(1), result.ToString());
        Assert.That(errorLines[0], Does.Contain(expectedFragment), result.ToString());
        HasNoStackTrace(result);
    }

    public static void HasNoStackTrace(ProcessResult result)
    {
        Assert.That(result.AllOutput, Does.Not.Match(@"(?m)^\s+at \S+.*\)"), result.ToString());
        Assert.That(result.AllOutput, Does.Not.Contain("Exception:"), result.ToString());
        Assert.That(result.AllOutput, Does.Not.Contain("Unhandled exception"), result.ToString());
    }

    /// <summary>Tables wrap long cells over several lines; flattening all white space lets a test find a whole sentence.</summary>
    public static string Flatten(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"[\s│|]+", " ");
}
