using Cake.Core.Diagnostics;
using HomeLab.Clean.Tests.Support;
using HomeLab.Testing;

namespace HomeLab.Clean.Tests;

public class CleanAliasTests
{
    [Test]
    public void The_alias_lists_each_path_and_the_summary_and_the_git_note_verbosely()
    {
        using var root = new Scratch();
        root.File("artifacts/a.bin");
        root.File("ansible/site.retry");
        var log = new CapturingLog();
        var context = RealCakeContext.Create(log);

        var result = context.CleanWorkspace(new CleanSettings { Root = root.Root, DryRun = true });

        Assert.That(result.DryRun, Is.True);
        Assert.That(root.Exists("artifacts/a.bin"), Is.True);
        Assert.That(log.At(Verbosity.Normal), Is.EqualTo(new[]
        {
            "would remove ansible/site.retry (Ansible retry file)",
            "would remove artifacts/ (build artifacts and manifests)",
            "Clean (dry run): would remove 2 paths.",
        }));
        Assert.That(log.At(Verbosity.Verbose), Is.EqualTo(new[] { "not a git work tree: only the patterns decide" }));
    }
}
