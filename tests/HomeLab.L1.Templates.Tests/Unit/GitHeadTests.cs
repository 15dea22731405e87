using HomeLab.Testing;

namespace HomeLab.L1.Templates.Tests.Unit;

public class GitHeadTests
{
    private const string Sha = "1f2e3d4c5b6a79881726354453627180a9b8c7d6";

    private TempDirectory _temp = null!;

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public void Reads_a_loose_branch_ref_from_a_folder_below_the_repository()
    {
        _temp.File(".git/HEAD", "ref: refs/heads/main\n");
        _temp.File(".git/refs/heads/main", Sha + "\n");
        var lab = Directory.CreateDirectory(_temp.Combine("artifacts", "simulation", "lab")).FullName;

        Assert.That(GitHead.TryRead(lab), Is.EqualTo(Sha));
    }

    [Test]
    public void Reads_a_packed_ref()
    {
        _temp.File(".git/HEAD", "ref: refs/heads/release\n");
        _temp.File(".git/packed-refs", $"# pack-refs with: peeled fully-peeled sorted\n{Sha} refs/heads/release\n^{new string('0', 40)}\n");

        Assert.That(GitHead.TryRead(_temp.Path), Is.EqualTo(Sha));
    }

    [Test]
    public void Reads_a_detached_head_and_a_worktree_link()
    {
        _temp.File("repo/.git/worktrees/wt/HEAD", Sha.ToUpperInvariant() + "\n");
        _temp.File("wt/.git", "gitdir: ../repo/.git/worktrees/wt\n");

        Assert.That(GitHead.TryRead(_temp.Combine("wt")), Is.EqualTo(Sha));
    }

    [Test]
    public void An_unborn_branch_has_no_sha()
    {
        _temp.File(".git/HEAD", "ref: refs/heads/main\n");

        Assert.That(GitHead.TryRead(_temp.Path), Is.Null);
    }
}
