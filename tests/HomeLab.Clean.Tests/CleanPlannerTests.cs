using Cake.Core;
using HomeLab.Clean.Tests.Support;
using HomeLab.Testing;

namespace HomeLab.Clean.Tests;

public class CleanPlannerTests
{
    [Test]
    public void A_tracked_directory_such_as_a_submodule_is_kept_whole()
    {
        using var root = new Scratch();
        root.File("packer/output-shared/README.md");
        root.File("packer/output-local/disk.raw");

        var plan = new CleanPlanner(GitTracking.FromTrackedPaths(["packer/output-shared"])).Plan(root.Root);

        Assert.That(plan.ToRemove.Select(e => e.Display), Is.EqualTo(new[] { "packer/output-local/" }));
        Assert.That(plan.Kept, Is.EqualTo(new[] { new KeptEntry("packer/output-shared", ProtectedPaths.TrackedByGit) }));
    }

    [Test]
    public void A_directory_whose_tracked_file_was_deleted_from_disk_is_emptied_but_not_removed()
    {
        using var root = new Scratch();
        root.File("artifacts/new.bin");

        var plan = new CleanPlanner(GitTracking.FromTrackedPaths(["artifacts/gone.md"])).Plan(root.Root);

        Assert.That(plan.ToRemove.Select(e => e.Display), Is.EqualTo(new[] { "artifacts/new.bin" }));
    }

    [Test]
    public void A_missing_root_is_one_clear_error()
    {
        using var scratch = new Scratch();
        var missing = scratch.Full("nope");

        var exception = Assert.Throws<CakeException>(() => new WorkspaceCleaner(RealCakeContext.Create()).Plan(missing));

        Assert.That(exception!.Message, Is.EqualTo($"Clean root {missing} does not exist; run Clean from the lab repository."));
    }

    [Test]
    public void A_filesystem_root_is_refused()
    {
        var exception = Assert.Throws<CakeException>(
            () => new WorkspaceCleaner(RealCakeContext.Create()).Plan(Path.GetPathRoot(Path.GetTempPath())!));

        Assert.That(exception!.Message, Does.StartWith("Clean refuses to run on"));
    }
}
