using System.Reflection;
using Cake.Frosting;
using HomeLab.Build.Tests.Support;
using ShellCompletion = HomeLab.Testing.ShellCompletion;

namespace HomeLab.Build.Tests;

/// <summary>
/// The zsh and PowerShell completion scripts the host prints (<c>--completion=zsh|pwsh</c>), loaded in the real
/// shells as docs/operations.md says, complete build.sh and build.ps1 as the bash one does (GraphExportTests): the
/// targets are the engine's tasks and the layer aliases, the options HomeLab's catalogue (HomeLabOptions).
/// </summary>
[Platform(Exclude = "Win", Reason = "zsh is completed on a Unix pseudo-terminal (zpty).")]
public class ZshAndPwshCompletionTests
{
    private TempDirectory _work = null!;
    private readonly Dictionary<string, string> _scripts = [];

    [OneTimeSetUp]
    public async Task PrintTheScripts()
    {
        _work = new TempDirectory();
        foreach (var shell in new[] { "zsh", "pwsh" })
        {
            var run = await new HostRun(_work.Path).RunAsync("--completion=" + shell);
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            _scripts[shell] = Path.Combine(_work.Path, "homelab." + shell);
            File.WriteAllText(_scripts[shell], run.StandardOutput);
        }
    }

    [OneTimeTearDown]
    public void RemoveTheScripts() => _work.Dispose();

    // zsh offers an option's name (its "=" is a suffix) and, after "--x=" or "-x ", the value alone.
    [TestCase("./build.sh --tar", "--target")]
    [TestCase("./build.sh --target=L", "L0 L1 L2 L3 L4 List-Templates List-Workloads")]
    [TestCase("./build.ps1 --target=List", "List-Templates List-Workloads")]
    [TestCase("build.sh -t Templates:", "Templates:List")]
    [TestCase("./build.sh --sim", "--simulate")]
    [TestCase("./build.ps1 --rebuild", "--rebuild-templates")]
    [TestCase("./build.sh --action=f", "force")]
    public void Zsh_completes_build_sh_and_build_ps1(string commandLine, string expected)
    {
        var reply = ShellCompletion.Zsh(_scripts["zsh"], commandLine);

        Assert.That(reply.Candidates, Is.EquivalentTo(expected.Split(' ')), reply.ToString());
    }

    // PowerShell replaces the whole word: "--x=" and the value come back together.
    [TestCase("./build.ps1 --tar", "--target=")]
    [TestCase("./build.ps1 --target=L", "--target=L0 --target=L1 --target=L2 --target=L3 --target=L4 --target=List-Templates --target=List-Workloads")]
    [TestCase("./build.sh --target=List", "--target=List-Templates --target=List-Workloads")]
    [TestCase("build.ps1 -t Templates:", "Templates:List")]
    [TestCase(".\\build.ps1 --sim", "--simulate")]
    [TestCase("./build.ps1 --rebuild", "--rebuild-templates")]
    [TestCase("./build.ps1 --action=f", "--action=force")]
    public void Pwsh_completes_build_ps1_and_build_sh(string commandLine, string expected)
    {
        var reply = ShellCompletion.Pwsh(_scripts["pwsh"], commandLine);

        Assert.That(reply.Candidates, Is.EquivalentTo(expected.Split(' ')), reply.ToString());
    }

    [Test]
    public void Both_shells_offer_every_target_of_the_engine_and_the_aliases()
    {
        var zsh = ShellCompletion.Zsh(_scripts["zsh"], "./build.sh --target=");
        var pwsh = ShellCompletion.Pwsh(_scripts["pwsh"], "./build.ps1 --target ");

        Assert.That(zsh.Candidates, Is.EquivalentTo(Targets()), zsh.ToString());
        Assert.That(pwsh.Candidates, Is.EquivalentTo(Targets()), pwsh.ToString());
    }

    [Test]
    public void Both_shells_offer_every_option_of_HomeLab_s_catalogue()
    {
        var zsh = ShellCompletion.Zsh(_scripts["zsh"], "./build.sh --");
        var pwsh = ShellCompletion.Pwsh(_scripts["pwsh"], "./build.ps1 --");

        Assert.That(zsh.Candidates, Is.SupersetOf(HomeLabOptions.All.Select(option => "--" + option.Name)), zsh.ToString());
        Assert.That(pwsh.Candidates, Is.SupersetOf(HomeLabOptions.All.Select(option => "--" + option.Name + (option.Value is null ? "" : "="))), pwsh.ToString());
    }

    // The tasks Frosting registers from the host's assembly (each names itself with [TaskName]), and the aliases.
    private static IEnumerable<string> Targets() =>
        typeof(HomeLabOptions).Assembly.GetTypes()
            .Select(type => type.GetCustomAttribute<TaskNameAttribute>()?.Name)
            .OfType<string>()
            .Concat(TargetAliases.Layers.Select(layer => layer.Alias))
            .Concat(TargetAliases.Synonyms.Select(synonym => synonym.Alias));
}
