using System.Text.RegularExpressions;
using HomeLab.Build.Tests.Support;

namespace HomeLab.Build.Tests;

/// <summary>--graph, --tree --target, --help and --completion through the built host.</summary>
public partial class GraphExportTests
{
    [Test]
    public async Task The_graph_of_L4_shows_each_criterion_with_what_the_environment_says()
    {
        using var work = new TempDirectory();

        var result = await new HostRun(work.Path)
            .With("UPDATE_STABLE", "no").With("DOPPLER", "0").With("CI", "true").With("APPLY", "1")
            .RunAsync("--graph=mermaid", "--target=L4", "--group=webs");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var nodes = MermaidNode().Matches(result.StandardOutput).ToDictionary(match => match.Groups[1].Value, match => match.Groups[2].Value);
        Assert.That(nodes["PromoteStable"], Is.EqualTo("PromoteStable (UPDATE_STABLE=no)"));
        Assert.That(nodes["Secrets"], Is.EqualTo("Secrets (DOPPLER off, CI on)"));
        Assert.That(nodes["ApplyInstances"], Is.EqualTo("ApplyInstances (APPLY=1)"));
        Assert.That(nodes["OS"], Is.EqualTo("OS (--group=webs)"));
        Assert.That(nodes["DeployStacks"], Is.EqualTo("DeployStacks (no --stack)"));
        Assert.That(nodes.Keys, Does.Not.Contain("Clean").And.Not.Contain("Promote"), "only what L4 reaches");
        Assert.That(Directory.EnumerateFileSystemEntries(work.Path), Is.Empty, "a graph writes nothing");
    }

    [Test]
    public async Task The_operations_guide_shows_the_full_graph_as_the_host_prints_it()
    {
        using var work = new TempDirectory();

        var result = await new HostRun(work.Path).RunAsync("--graph=mermaid", "--target=L4");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "operations.md"));
        var block = MermaidBlock().Match(guide);
        Assert.That(block.Success, Is.True, "docs/operations.md has a ```mermaid block");
        Assert.That(block.Groups[1].Value, Is.EqualTo(result.StandardOutput), "the guide's graph is ./build.sh --graph=mermaid --target=L4 with no variables set");
    }

    [Test]
    public async Task Tree_honours_the_target()
    {
        using var work = new TempDirectory();

        var result = await new HostRun(work.Path).RunAsync("--tree", "--target=L1");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var lines = result.StandardOutput.Split('\n').Select(line => line.TrimEnd()).Where(line => line.Length > 0).ToList();
        Assert.That(lines[0], Is.EqualTo("Templates"));
        Assert.That(lines, Does.Contain("└─PromoteStable (UPDATE_STABLE=yes)"));
        Assert.That(lines.Last(), Does.EndWith("└─Secrets (DOPPLER on, CI off)"));
        Assert.That(result.StandardOutput, Does.Not.Contain("Instances").And.Not.Contain("Clean"));
    }

    [Test]
    public async Task Help_lists_HomeLab_s_options_after_Cake_s()
    {
        using var work = new TempDirectory();

        var result = await new HostRun(work.Path).RunAsync("--help");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var text = result.StandardOutput;
        var heading = text.IndexOf("HOMELAB OPTIONS:", StringComparison.Ordinal);
        Assert.That(heading, Is.GreaterThan(text.IndexOf("--exclusive", StringComparison.Ordinal)), "after Cake's options");
        foreach (var option in HomeLabOptions.All)
        {
            Assert.That(text[heading..], Does.Contain(option.Usage), option.Name);
        }
    }

    // bash offers what replaces the text after the word's last "=" or ":" (COMP_WORDBREAKS).
    [TestCase("./build.sh --target=L", "L0 L1 L2 L3 L4 List-Templates List-Workloads")]
    [TestCase("./build.sh --target=List", "List-Templates List-Workloads")]
    [TestCase("./build.sh --target=Templates:", "List")]
    [TestCase("build.sh -t Templates:L", "List")]
    [TestCase("./build.sh --sim", "--simulate")]
    [TestCase("./build.sh --rebuild", "--rebuild-templates")]
    [TestCase("./build.sh --action=f", "force")]
    public async Task The_bash_completion_of_the_host_completes_for_build_sh(string commandLine, string expected)
    {
        using var work = new TempDirectory();
        var script = await new HostRun(work.Path).RunAsync("--completion=bash");
        Assert.That(script.ExitCode, Is.Zero, script.ToString());
        var file = Path.Combine(work.Path, "homelab.bash");
        File.WriteAllText(file, script.StandardOutput);

        var reply = HomeLab.Testing.ShellCompletion.Bash(file, commandLine);

        Assert.That(reply.Candidates, Is.EquivalentTo(expected.Split(' ')), reply.ToString());
    }

    [GeneratedRegex("""^    (\w+)\["([^"]*)"\]$""", RegexOptions.Multiline)]
    private static partial Regex MermaidNode();

    [GeneratedRegex("```mermaid\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();
}
