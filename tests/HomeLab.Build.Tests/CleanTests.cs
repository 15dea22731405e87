using System.Diagnostics;
using HomeLab.Build.Tests.Support;

namespace HomeLab.Build.Tests;

/// <summary>The Clean target through the built host, in a scratch git repository.</summary>
public class CleanTests
{
    private TempDirectory _repo = null!;
    private TempDirectory _outside = null!;

    [SetUp]
    public void SetUp()
    {
        _repo = new TempDirectory("homelab-repo-");
        _outside = new TempDirectory("homelab-outside-");
        Git("init", "-q");
        Write("README.md", "tracked");
        Write("artifacts/tracked-note.md", "tracked even though it is under artifacts/");
        Git("add", "-A", "-f");
        Git("-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "init");

        Write("artifacts/l0/runway_manifest.json", "{}");
        Write(".iso-build/arch.iso", "iso");
        Write(".template-build-ubuntu/disk.qcow2", "disk");
        Write("terraform/.terraform/providers/p", "provider");
        Write("terraform/plan.tfplan", "plan");
        Write("terraform/.terraform.lock.hcl", "# provider pins");
        Write(".cache/l2/ubuntu_docker/plan.tfplan", "a saved L2 plan: it holds the token secret");
        Write("terraform/terraform.tfstate", "state");
        Write("terraform/terraform.tfstate.backup", "state backup");
        Write("ansible/site.retry", "retry");
        Write(".env", "PM_TOKEN_SECRET=x");
        Write(_outside.Combine("precious.txt"), "outside the repo");
        Directory.CreateSymbolicLink(_repo.Combine("artifacts", "outside-link"), _outside.Path);
    }

    [TearDown]
    public void TearDown()
    {
        _repo.Dispose();
        _outside.Dispose();
    }

    [Test]
    public async Task Clean_removes_generated_files_and_keeps_what_the_operator_owns()
    {
        // No Doppler settings and no doppler on PATH: Clean does not depend on Secrets.
        var result = await new HostRun(_repo.Path).RunAsync("--target=Clean");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(Exists(".iso-build"), Is.False);
        Assert.That(Exists(".template-build-ubuntu"), Is.False);
        Assert.That(Exists(".cache/l2/ubuntu_docker/plan.tfplan"), Is.False, "saved L2 plans hold secrets");
        Assert.That(Exists("terraform/plan.tfplan"), Is.False);
        Assert.That(Exists("ansible/site.retry"), Is.False);
        Assert.That(Exists("artifacts/l0"), Is.False);
        Assert.That(Exists("artifacts/outside-link"), Is.False);

        Assert.That(Exists("README.md"), Is.True);
        Assert.That(Exists("artifacts/tracked-note.md"), Is.True);
        Assert.That(Exists("terraform/.terraform/providers/p"), Is.True, "Terraform's working folder is the operator's");
        Assert.That(Exists("terraform/.terraform.lock.hcl"), Is.True);
        Assert.That(Exists("terraform/terraform.tfstate"), Is.True);
        Assert.That(Exists("terraform/terraform.tfstate.backup"), Is.True);
        Assert.That(Exists(".env"), Is.True);
        Assert.That(File.ReadAllText(_outside.Combine("precious.txt")), Is.EqualTo("outside the repo"));
        Assert.That(result.StandardOutput, Does.Contain("removed .iso-build/"));
    }

    [Test]
    public async Task Dryrun_lists_what_would_go_and_removes_nothing()
    {
        var result = await new HostRun(_repo.Path).RunAsync("--target=Clean", "--dryrun");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StandardOutput, Does.Contain("would remove .iso-build/"));
        Assert.That(result.StandardOutput, Does.Contain("would remove terraform/plan.tfplan"));
        Assert.That(Exists(".iso-build/arch.iso"), Is.True);
        Assert.That(Exists("terraform/plan.tfplan"), Is.True);
    }

    [Test]
    public async Task A_second_clean_has_nothing_to_do()
    {
        var first = await new HostRun(_repo.Path).RunAsync("--target=Clean");
        var second = await new HostRun(_repo.Path).RunAsync("--target=Clean");

        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        Assert.That(second.ExitCode, Is.Zero, second.ToString());
        Assert.That(second.StandardOutput, Does.Contain("nothing to remove"));
    }

    private bool Exists(string relative) => Path.Exists(_repo.Combine(relative.Split('/')));

    private void Write(string path, string text)
    {
        var full = Path.IsPathRooted(path) ? path : _repo.Combine(path.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _repo.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, process.StandardError.ReadToEnd());
    }
}
