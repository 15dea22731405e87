using Cake.Core;
using HomeLab.Clean.Tests.Support;
using HomeLab.Testing;

namespace HomeLab.Clean.Tests;

/// <summary>What Clean does when git is missing, or present but failing inside a work tree. Changes PATH, so not parallel.</summary>
[NonParallelizable]
[Platform(Exclude = "Win", Reason = "The fake git is a bash script.")]
public class GitAvailabilityTests
{
    private Scratch _root = null!;
    private string? _path;

    [SetUp]
    public void SetUp()
    {
        _path = Environment.GetEnvironmentVariable("PATH");
        _root = new Scratch();
        _root.File("artifacts/out.bin");
        _root.File(".git/HEAD", "ref: refs/heads/main");
    }

    [TearDown]
    public void TearDown()
    {
        Environment.SetEnvironmentVariable("PATH", _path);
        _root.Dispose();
    }

    [Test]
    public void Without_git_on_path_a_git_checkout_is_refused_and_nothing_is_removed()
    {
        using var bin = new Scratch();
        Environment.SetEnvironmentVariable("PATH", bin.Root);

        var exception = Assert.Throws<CakeException>(() => new WorkspaceCleaner(RealCakeContext.Create()).Run(_root.Root));

        Assert.That(exception!.Message, Is.EqualTo(
            $"{_root.Root} is a git checkout but git was not found on PATH. Clean will not guess which files git tracks; install git and run Clean again."));
        Assert.That(_root.Exists("artifacts/out.bin"), Is.True);
    }

    [Test]
    public void Without_git_on_path_a_plain_directory_is_cleaned_by_the_patterns()
    {
        using var plain = new Scratch();
        plain.File("artifacts/out.bin");
        using var bin = new Scratch();
        Environment.SetEnvironmentVariable("PATH", bin.Root);

        var plan = new WorkspaceCleaner(RealCakeContext.Create()).Plan(plain.Root);

        Assert.That(plan.GitNote, Is.EqualTo("not a git work tree: only the patterns decide"));
        Assert.That(plan.ToRemove.Select(e => e.Display), Is.EqualTo(new[] { "artifacts/" }));
    }

    [Test]
    public void Git_failing_inside_a_work_tree_is_one_clear_error_and_nothing_is_removed()
    {
        using var bin = new Scratch();
        bin.Script("git", "#!/bin/bash\nprintf '%s\\n' \"fatal: detected dubious ownership in repository at '$PWD'\" >&2\nexit 128\n");
        Environment.SetEnvironmentVariable("PATH", bin.Root + Path.PathSeparator + _path);

        var exception = Assert.Throws<CakeException>(() => new WorkspaceCleaner(RealCakeContext.Create()).Run(_root.Root));

        Assert.That(exception!.Message, Does.StartWith($"git ls-files failed in {_root.Root} (exit code 128): fatal: detected dubious ownership"));
        Assert.That(exception.Message, Does.Not.Contain("\n"));
        Assert.That(_root.Exists("artifacts/out.bin"), Is.True);
    }
}
