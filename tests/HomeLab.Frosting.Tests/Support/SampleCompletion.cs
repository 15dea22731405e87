using Cake.Frosting;
using HomeLab.Testing;

namespace HomeLab.Frosting.Tests.Support;

/// <summary>The sample build's option catalogue, the targets its engine has, and its completion scripts in real shells.</summary>
internal static class SampleCompletion
{
    public static readonly HostOptionCatalogue Catalogue = new(
        [
            new HostOption("with-docs", null, "Build the docs too."),
            new HostOption("flavour", "name", "How hot the sample is.", ["mild", "hot"]),
        ],
        ["P"],
        ["sample.sh"],
        "SAMPLE OPTIONS");

    public static readonly string[] EngineTargets = ["Clean", "Restore", "Compile", "Lint", "Docs", "Pack", "Default", "Echo", "UnnamedTask", "P"];

    /// <summary>Writes the script the host prints for <paramref name="shell"/> to a file of the test's own.</summary>
    public static string WriteScript(string shell)
    {
        var run = TestHost.Run(host => host.UseOptionCatalogue(Catalogue), "--completion=" + shell);
        Assert.That(run.ExitCode, Is.Zero, run.Output);
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"completion-{Guid.NewGuid():N}.{shell}");
        File.WriteAllText(path, run.Output);
        return path;
    }

    /// <summary>What <paramref name="complete"/> (a <see cref="ShellCompletion"/> shell) offers for the line with the script loaded.</summary>
    public static CompletionReply Complete(Func<string, string, CompletionReply> complete, string shell, string commandLine)
    {
        var script = WriteScript(shell);
        try
        {
            return complete(script, commandLine);
        }
        finally
        {
            File.Delete(script);
        }
    }
}
