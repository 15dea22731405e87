using HomeLab.Clean.Tests.Support;
using HomeLab.Testing;

namespace HomeLab.Clean.Tests;

/// <summary>Clean in a real scratch git repository, with the real Cake process runner asking the real git.</summary>
[Platform(Exclude = "Win", Reason = "Creating symbolic links needs privileges on Windows.")]
public class GitRepositoryCleanTests
{
    private static readonly string[] ExpectedRemovals =
    [
        ".cache/ (cached downloads)",
        ".iso-build/ (ISO build scratch)",
        ".template-build-ubuntu/ (template build scratch)",
        "ansible/.ansible/ (Ansible local cache)",
        "ansible/fact_cache/ (Ansible fact cache)",
        "ansible/hosts.rendered.yml (rendered file)",
        "ansible/inventory/rendered/ (rendered inventory)",
        "ansible/site.retry (Ansible retry file)",
        "artifacts/dangling (build artifacts and manifests)",
        "artifacts/iso/ (build artifacts and manifests)",
        "artifacts/link-out (build artifacts and manifests)",
        "artifacts/manifest.json (build artifacts and manifests)",
        "infra/plan.tfplan (Terraform plan)",
        "infra/tfplan (Terraform plan)",
        "packer/output-ubuntu/ (Packer output)",
        "packer/packer-manifest.json (Packer manifest)",
        "packer/packer_cache/ (Packer cache)",
    ];

    private static readonly string[] ExpectedKept =
    [
        "artifacts/keep.md (tracked by git)",
        "artifacts/terraform.tfstate (Terraform state)",
        "docs/example.tfplan (tracked by git)",
    ];

    private static readonly string[] MustStay =
    [
        "README.md", ".gitignore", "infra/main.tf", "infra/.terraform.lock.hcl", "artifacts/keep.md", "docs/example.tfplan",
        "artifacts/terraform.tfstate", "infra/.terraform/terraform.tfstate", "infra/.terraform/providers/registry/provider.bin",
        "modules/.terraform",
        "infra/terraform.tfstate", "infra/terraform.tfstate.backup", "infra/terraform.tfstate.1700000000.backup",
        ".env", ".env.local", "ansible/group.env", ".doppler/config.yaml", "doppler.yaml",
        ".build/artifacts/host.dll", ".build/output-cache/x", "src/App/bin/Debug/output-x/app.dll", "src/App/obj/project.retry",
        "vendor/role/.git/HEAD", "vendor/role/old.retry",
    ];

    private Scratch _repo = null!;
    private Scratch _outside = null!;

    [SetUp]
    public void SetUp()
    {
        _outside = new Scratch();
        _outside.File("precious/data.txt", "must survive");
        _outside.File("precious-too/data.txt", "must survive");

        _repo = new Scratch();
        _repo.InitRepository();
        _repo.File(".gitignore", "artifacts/\n.terraform/\n*.tfstate*\n*.tfplan\n.env*\n");
        _repo.File("README.md", "# lab");
        _repo.File("infra/main.tf", "terraform {}");
        _repo.File("infra/.terraform.lock.hcl", "# pins");
        _repo.File("artifacts/keep.md", "tracked on purpose");
        _repo.File("docs/example.tfplan", "a tracked example that merely looks like a plan");
        _repo.Git("add", ".");
        _repo.Git("add", "-f", "artifacts/keep.md", "docs/example.tfplan");
        _repo.Git("commit", "--quiet", "-m", "initial");

        _repo.File("artifacts/manifest.json");
        _repo.File("artifacts/iso/ubuntu.iso");
        _repo.File("artifacts/terraform.tfstate", "{\"serial\": 1}");
        _repo.Link("artifacts/link-out", _outside.Full("precious"));
        _repo.Link("artifacts/dangling", _outside.Full("does-not-exist"));
        _repo.File(".iso-build/scratch.img");
        _repo.Link(".iso-build/link-out", _outside.Full("precious-too"));
        _repo.File(".template-build-ubuntu/work/disk.qcow2");
        _repo.File(".cache/downloads/ubuntu.iso");
        _repo.File("infra/.terraform/providers/registry/provider.bin");
        _repo.File("infra/.terraform/terraform.tfstate", "{}");
        _repo.File("infra/plan.tfplan");
        _repo.File("infra/tfplan");
        _repo.File("infra/terraform.tfstate", "{\"serial\": 7}");
        _repo.File("infra/terraform.tfstate.backup", "{\"serial\": 6}");
        _repo.File("infra/terraform.tfstate.1700000000.backup", "{\"serial\": 5}");
        _repo.Link("modules/.terraform", _outside.Full("precious"));
        _repo.File("ansible/site.retry");
        _repo.File("ansible/.ansible/tmp/x");
        _repo.File("ansible/fact_cache/host1");
        _repo.File("ansible/inventory/rendered/hosts.yml");
        _repo.File("ansible/hosts.rendered.yml");
        _repo.File("ansible/group.env", "A=1");
        _repo.File("packer/output-ubuntu/disk.raw");
        _repo.File("packer/packer_cache/iso.part");
        _repo.File("packer/packer-manifest.json");
        _repo.File(".env", "PM_TOKEN_SECRET=x");
        _repo.File(".env.local", "X=1");
        _repo.File(".doppler/config.yaml");
        _repo.File("doppler.yaml", "setup: []");
        _repo.File(".build/artifacts/host.dll");
        _repo.File(".build/output-cache/x");
        _repo.File("src/App/bin/Debug/output-x/app.dll");
        _repo.File("src/App/obj/project.retry");
        _repo.File("vendor/role/.git/HEAD", "ref: refs/heads/main");
        _repo.File("vendor/role/old.retry");
    }

    [TearDown]
    public void TearDown()
    {
        _repo.Dispose();
        _outside.Dispose();
    }

    [Test]
    public void The_plan_lists_exactly_the_generated_paths_and_what_it_keeps()
    {
        var plan = Cleaner().Plan(_repo.Root);

        Assert.That(plan.ToRemove.Select(e => $"{e.Display} ({e.Reason})"), Is.EqualTo(ExpectedRemovals));
        Assert.That(plan.Kept.Select(k => $"{k.Path} ({k.Reason})"), Is.EqualTo(ExpectedKept));
        Assert.That(plan.GitNote, Is.EqualTo("git: 6 tracked files are protected"));
        Assert.That(
            plan.ToRemove.Where(e => e.Kind == CleanEntryKind.Symlink).Select(e => e.Path),
            Is.EqualTo(new[] { "artifacts/dangling", "artifacts/link-out" }));
    }

    [Test]
    public void A_dry_run_removes_nothing_and_reports_the_same_plan()
    {
        var before = _repo.Snapshot();
        var planned = Cleaner().Plan(_repo.Root);

        var result = Cleaner().Run(_repo.Root, dryRun: true);

        Assert.That(_repo.Snapshot(), Is.EqualTo(before));
        Assert.That(result.DryRun, Is.True);
        Assert.That(result.Removed, Is.Empty);
        Assert.That(result.Plan.ToRemove, Is.EqualTo(planned.ToRemove));
        Assert.That(result.Plan.Kept, Is.EqualTo(planned.Kept));
        Assert.That(result.Summary, Is.EqualTo("Clean (dry run): would remove 17 paths; kept 3."));
        Assert.That(result.Details().First(), Is.EqualTo("would remove .cache/ (cached downloads)"));
    }

    [Test]
    public void A_run_removes_the_plan_and_nothing_else()
    {
        var result = Cleaner().Run(_repo.Root);

        Assert.That(result.Failures, Is.Empty);
        Assert.That(result.Removed.Select(e => $"{e.Display} ({e.Reason})"), Is.EqualTo(ExpectedRemovals));
        Assert.Multiple(() =>
        {
            foreach (var removed in result.Removed)
            {
                Assert.That(_repo.Exists(removed.Path), Is.False, $"{removed.Path} should be gone");
            }

            foreach (var stays in MustStay)
            {
                Assert.That(_repo.Exists(stays), Is.True, $"{stays} must stay");
            }
        });
        Assert.That(_repo.Snapshot("artifacts"), Is.EqualTo(new[] { "keep.md", "terraform.tfstate" }));
        Assert.That(_outside.Snapshot(), Is.EqualTo(new[] { "precious", "precious-too", "precious-too/data.txt", "precious/data.txt" }));
        Assert.That(_repo.Git("status", "--porcelain", "--untracked-files=no"), Is.Empty, "no tracked file may change");
        Assert.That(result.Summary, Is.EqualTo("Clean: removed 17 paths; kept 3."));
    }

    [Test]
    public void A_second_run_removes_nothing_and_says_so()
    {
        Cleaner().Run(_repo.Root);
        var afterFirst = _repo.Snapshot();

        var second = Cleaner().Run(_repo.Root);

        Assert.That(second.Plan.IsEmpty, Is.True);
        Assert.That(second.Removed, Is.Empty);
        Assert.That(_repo.Snapshot(), Is.EqualTo(afterFirst));
        Assert.That(second.Summary, Is.EqualTo("Clean: nothing to remove; the working copy is already clean; kept 3."));
    }

    [Test]
    public void A_parent_that_became_a_link_after_planning_is_not_followed()
    {
        var plan = Cleaner().Plan(_repo.Root);
        Directory.Delete(_repo.Full("ansible/inventory"), recursive: true);
        _outside.File("decoy/rendered/hosts.yml", "outside, must survive");
        _repo.Link("ansible/inventory", _outside.Full("decoy"));

        var result = CleanExecutor.Execute(plan, dryRun: false);

        Assert.That(result.Failures.Select(f => f.Path), Is.EqualTo(new[] { "ansible/inventory/rendered/" }));
        Assert.That(result.Failures[0].Message, Does.Contain("became a symbolic link"));
        Assert.That(File.Exists(_outside.Full("decoy/rendered/hosts.yml")), Is.True);
        Assert.That(result.Removed, Has.Count.EqualTo(16));
    }

    private static WorkspaceCleaner Cleaner() => new(RealCakeContext.Create());
}
