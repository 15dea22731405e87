using HomeLab.Clean.Tests.Support;
using HomeLab.Testing;

namespace HomeLab.Clean.Tests;

/// <summary>Clean in a directory that is not a git work tree: the patterns and the protected names alone decide.</summary>
[Platform(Exclude = "Win", Reason = "Creating symbolic links needs privileges on Windows.")]
public class PlainDirectoryCleanTests
{
    private Scratch _root = null!;
    private Scratch _outside = null!;

    [SetUp]
    public void SetUp()
    {
        _outside = new Scratch();
        _outside.File("cache/keep.bin", "outside");

        _root = new Scratch();
        _root.File("README.md", "# lab");
        _root.File("artifacts/manifest.json");
        _root.Link("artifacts/cache-link", _outside.Full("cache"));
        _root.File(".template-build-debian/disk.qcow2");
        _root.Link("packer/output-debian", _outside.Full("cache"));
        _root.File("terraform/env/prod/plan.tfplan");
        _root.File("terraform/env/prod/terraform.tfstate", "{}");
        _root.File("terraform/env/prod/.terraform/modules/m.json");
        _root.File(".env", "SECRET=1");
        _root.File("ansible/prod.env", "SECRET=1");
        _root.File(".cache/fact_cache/host");
        _root.File(".cache/l2/ubuntu_docker/plan.tfplan", "a saved plan: it holds the token secret");
        _root.File("terraform/l2/ubuntu_docker/.terraform.lock.hcl", "# provider pins");
        _root.File("terraform/l2/ubuntu_docker/.terraform/environment", "lab");
        _root.File("terraform/l2/ubuntu_docker/.terraform.tfstate.lock.info", "{}");
        _root.File("terraform/l2/ubuntu_docker/terraform.tfstate.backup", "{}");
    }

    [TearDown]
    public void TearDown()
    {
        _root.Dispose();
        _outside.Dispose();
    }

    [Test]
    public void Patterns_decide_and_links_are_removed_as_links()
    {
        var result = new WorkspaceCleaner(RealCakeContext.Create()).Run(_root.Root);

        Assert.That(result.Plan.GitNote, Is.EqualTo("not a git work tree: only the patterns decide"));
        Assert.That(result.Removed.Select(e => $"{e.Display} [{e.Kind}]"), Is.EqualTo(new[]
        {
            ".cache/ [Directory]",
            ".template-build-debian/ [Directory]",
            "artifacts/ [Directory]",
            "packer/output-debian [Symlink]",
            "terraform/env/prod/plan.tfplan [File]",
        }));
        Assert.That(result.Plan.Kept, Is.Empty);
        Assert.That(_root.Snapshot(), Is.EqualTo(new[]
        {
            ".env", "README.md", "ansible", "ansible/prod.env", "packer",
            "terraform", "terraform/env", "terraform/env/prod", "terraform/env/prod/.terraform", "terraform/env/prod/.terraform/modules",
            "terraform/env/prod/.terraform/modules/m.json", "terraform/env/prod/terraform.tfstate",
            "terraform/l2", "terraform/l2/ubuntu_docker", "terraform/l2/ubuntu_docker/.terraform", "terraform/l2/ubuntu_docker/.terraform.lock.hcl",
            "terraform/l2/ubuntu_docker/.terraform.tfstate.lock.info", "terraform/l2/ubuntu_docker/.terraform/environment",
            "terraform/l2/ubuntu_docker/terraform.tfstate.backup",
        }));
        Assert.That(_outside.Snapshot(), Is.EqualTo(new[] { "cache", "cache/keep.bin" }));
    }

    [Test]
    public void Dry_run_then_real_run_then_no_op()
    {
        var cleaner = new WorkspaceCleaner(RealCakeContext.Create());
        var before = _root.Snapshot();

        var dry = cleaner.Run(_root.Root, dryRun: true);
        Assert.That(_root.Snapshot(), Is.EqualTo(before));

        var real = cleaner.Run(_root.Root);
        Assert.That(real.Removed, Is.EqualTo(dry.Plan.ToRemove));

        var again = cleaner.Run(_root.Root);
        Assert.That(again.Removed, Is.Empty);
        Assert.That(again.Summary, Is.EqualTo("Clean: nothing to remove; the working copy is already clean."));
    }
}
