using HomeLab.Frosting.Tests.Support;
using HomeLab.Testing;

namespace HomeLab.Frosting.Tests;

/// <summary>
/// The zsh and PowerShell completion scripts, loaded in the real shells, complete what the bash one does
/// (<see cref="HelpAndCompletionTests"/>): the engine's targets, the catalogue's options and their values.
/// </summary>
[Platform(Exclude = "Win", Reason = "zsh is completed on a Unix pseudo-terminal (zpty).")]
public class ZshAndPwshCompletionTests
{
    // zsh offers an option's name (its "=" is a suffix) and, after "--x=" or "--x ", the value alone.
    [TestCase("sample.sh --tar", "--target")]
    [TestCase("sample.sh --target=Pa", "Pack")]
    [TestCase("sample.sh --target Com", "Compile")]
    [TestCase("sample.sh -t Pa", "Pack")]
    [TestCase("./sample.sh --flavour=", "mild hot")]
    [TestCase("sample.sh --with", "--with-docs")]
    [TestCase("sample.sh --verbosity=d", "diagnostic")]
    [TestCase("sample.sh --graph=m", "mermaid")]
    [TestCase("sample.sh --target=Pack --target=Li", "Lint")]
    public void Zsh_completes_targets_options_and_their_values(string commandLine, string expected)
    {
        var reply = SampleCompletion.Complete(ShellCompletion.Zsh, "zsh", commandLine);

        Assert.That(reply.Candidates, Is.EquivalentTo(expected.Split(' ')), reply.ToString());
    }

    [Test]
    public void Zsh_completes_every_target_of_the_engine_and_the_aliases()
    {
        var reply = SampleCompletion.Complete(ShellCompletion.Zsh, "zsh", "sample.sh --target=");

        Assert.That(reply.Candidates, Is.SupersetOf(SampleCompletion.EngineTargets).And.Unique, reply.ToString());
    }

    [Test]
    public void Zsh_offers_each_option_once_by_its_long_name()
    {
        var reply = SampleCompletion.Complete(ShellCompletion.Zsh, "zsh", "sample.sh --");

        Assert.That(reply.Candidates, Is.Unique, reply.ToString());
        Assert.That(reply.Candidates, Is.SupersetOf(new[] { "--target", "--verbosity", "--exclusive", "--with-docs", "--flavour", "--help" }), reply.ToString());
        Assert.That(reply.Candidates, Has.None.EqualTo("--Target").And.None.EqualTo("--noop"), "other spellings are understood, not offered");
    }

    // PowerShell replaces the whole word: "--x=" and the value come back together.
    [TestCase("sample.sh --tar", "--target=")]
    [TestCase("sample.sh --target=Pa", "--target=Pack")]
    [TestCase("sample.sh --target Com", "Compile")]
    [TestCase("sample.sh -t Pa", "Pack")]
    [TestCase("./sample.sh --flavour=", "--flavour=mild --flavour=hot")]
    [TestCase("sample.sh --with", "--with-docs")]
    [TestCase("sample.sh --verbosity=d", "--verbosity=diagnostic")]
    [TestCase("sample.sh --graph=m", "--graph=mermaid")]
    [TestCase("sample.sh --target=Pack --target=Li", "--target=Lint")]
    public void Pwsh_completes_targets_options_and_their_values(string commandLine, string expected)
    {
        var reply = SampleCompletion.Complete(ShellCompletion.Pwsh, "pwsh", commandLine);

        Assert.That(reply.Candidates, Is.EquivalentTo(expected.Split(' ')), reply.ToString());
    }

    [Test]
    public void Pwsh_completes_every_target_of_the_engine_and_the_aliases()
    {
        var reply = SampleCompletion.Complete(ShellCompletion.Pwsh, "pwsh", "sample.sh --target ");

        Assert.That(reply.Candidates, Is.SupersetOf(SampleCompletion.EngineTargets).And.Unique, reply.ToString());
    }
}
