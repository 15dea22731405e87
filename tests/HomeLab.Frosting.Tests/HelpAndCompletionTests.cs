using System.Diagnostics;
using Cake.Frosting;
using HomeLab.Frosting.Tests.Support;
using HomeLab.Testing;

namespace HomeLab.Frosting.Tests;

/// <summary>The build's own options in <c>--help</c>, and <c>--completion</c> scripts, from one catalogue.</summary>
public class HelpAndCompletionTests
{
    [Test]
    public void Help_lists_the_build_s_options_after_Cake_s_one_line_each()
    {
        var run = TestHost.Run(host => host.UseOptionCatalogue(SampleCompletion.Catalogue), "--help");

        Assert.That(run.ExitCode, Is.Zero);
        var lines = run.Output.Split('\n').Select(line => line.Trim()).ToList();
        var heading = lines.IndexOf("SAMPLE OPTIONS:");
        Assert.That(heading, Is.GreaterThan(lines.FindIndex(line => line.StartsWith("--tree", StringComparison.Ordinal))), "after Cake's options");
        Assert.That(lines, Has.Some.Match(@"^--with-docs\s+Build the docs too\.$"));
        Assert.That(lines, Has.Some.Match(@"^--flavour=<name>\s+How hot the sample is\.$"));
    }

    [Test]
    public void Help_without_a_catalogue_is_Cake_s()
    {
        var run = TestHost.Run("--help");

        Assert.That(run.Output, Does.Contain("--tree").And.Not.Contain("OPTIONS:\n    --with-docs"));
    }

    // What bash offers is what replaces the text after the word's last "=" or ":" (COMP_WORDBREAKS).
    [TestCase("sample.sh --tar", "--target=")]
    [TestCase("sample.sh --target=Pa", "Pack")]
    [TestCase("sample.sh --target Com", "Compile")]
    [TestCase("sample.sh -t Pa", "Pack")]
    [TestCase("sample.sh --flavour=", "mild hot")]
    [TestCase("sample.sh --flavour h", "hot")]
    [TestCase("sample.sh --with", "--with-docs")]
    [TestCase("sample.sh --with-docs --verbosity=d", "diagnostic")]
    [TestCase("sample.sh --graph=m", "mermaid")]
    public void The_bash_script_completes_targets_options_and_their_values(string commandLine, string expected)
    {
        var reply = SampleCompletion.Complete(ShellCompletion.Bash, "bash", commandLine);

        Assert.That(reply.Candidates, Is.EquivalentTo(expected.Split(' ')), reply.ToString());
    }

    [Test]
    public void The_bash_script_completes_every_target_of_the_engine_and_the_aliases()
    {
        var reply = SampleCompletion.Complete(ShellCompletion.Bash, "bash", "sample.sh --target=");

        Assert.That(reply.Candidates, Is.SupersetOf(SampleCompletion.EngineTargets), reply.ToString());
    }

    [Test]
    public void The_bash_script_registers_for_the_catalogue_s_commands()
    {
        var output = Bash($"source {SampleCompletion.WriteScript("bash")}; complete -p sample.sh");

        Assert.That(output.Trim(), Does.Match(@"^complete -o default -F \S+ sample\.sh$"));
    }

    [Test]
    public void The_zsh_script_describes_every_option_with_arguments()
    {
        var script = TestHost.Run(host => host.UseOptionCatalogue(SampleCompletion.Catalogue), "--completion=zsh").Output;

        Assert.That(script, Does.StartWith("#compdef sample.sh"));
        Assert.That(script, Does.Contain("'*--flavour=[How hot the sample is.]:flavour:(mild hot)'"));
        Assert.That(script, Does.Contain("'*--with-docs[Build the docs too.]'"));
        Assert.That(script, Does.Match(@"'\*--target=\[[^']*\]:target:\([^)]*\bPack\b[^)]*\bP\)'"));
        Assert.That(script, Does.Contain("compdef _sample_sh sample.sh ./sample.sh"));
    }

    [Test]
    public void The_pwsh_script_registers_a_native_completer_with_the_targets()
    {
        var script = TestHost.Run(host => host.UseOptionCatalogue(SampleCompletion.Catalogue), "--completion=pwsh").Output;

        Assert.That(script, Does.Contain("Register-ArgumentCompleter -Native -CommandName 'sample.sh', './sample.sh', '.\\sample.sh'"));
        Assert.That(script, Does.Match(@"'--target' = @\([^)]*'Pack'[^)]*\)"));
        Assert.That(script, Does.Contain("'--flavour' = @('mild', 'hot')"));
        var keys = System.Text.RegularExpressions.Regex.Matches(script, @"^\s+('[^']+') = @\(", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(match => match.Groups[1].Value.ToLowerInvariant());
        Assert.That(keys, Is.Unique, "PowerShell hash literal keys are case-insensitive");
    }

    [Test]
    public void An_unknown_shell_is_one_error_line()
    {
        var run = TestHost.Run(host => host.UseOptionCatalogue(SampleCompletion.Catalogue), "--completion=fish");

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.ErrorLines, Is.EqualTo(new[] { "Error: --completion='fish' is not a shell HomeLab completes; use --completion=bash, zsh or pwsh." }));
    }

    private static string Bash(string script)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("--norc");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var bash = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var output = bash.StandardOutput.ReadToEnd();
        var errors = bash.StandardError.ReadToEnd();
        bash.WaitForExit();
        Assert.That(bash.ExitCode, Is.Zero, errors);
        return output;
    }
}
