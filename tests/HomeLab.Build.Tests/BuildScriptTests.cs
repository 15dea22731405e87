using System.Diagnostics;
using HomeLab.Build.Tests.Support;

namespace HomeLab.Build.Tests;

/// <summary>
/// A CI pipeline's path: build.sh (or build.ps1, in the real PowerShell) in a fresh copy of the repository builds
/// the host once, even when two runs start together, and both then run L0 against the simulator.
/// </summary>
[Platform(Exclude = "Win", Reason = "build.sh is a bash script; build.ps1 is run here on Unix only.")]
public class BuildScriptTests
{
    [TestCase(BuildScript.Bash, TestName = "Two_concurrent_runs_of_build_sh_in_a_fresh_checkout_share_one_build_and_both_pass")]
    [TestCase(BuildScript.PowerShell, TestName = "Two_concurrent_runs_of_build_ps1_in_a_fresh_checkout_share_one_build_and_both_pass")]
    public async Task Two_concurrent_runs_in_a_fresh_checkout_share_one_build_and_both_pass(BuildScript script)
    {
        using var checkout = new TempDirectory("homelab-checkout-");
        CopyTrackedFiles(RepositoryPaths.Root, checkout.Path);

        var runs = await Task.WhenAll(
            RunBuildScript(script, checkout.Path, "--target=L0", "--simulate"),
            RunBuildScript(script, checkout.Path, "--target=L0", "--simulate"));

        foreach (var run in runs)
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(run.StandardOutput, Does.Contain("L0 Runway: OK"));
        }

        Assert.That(string.Concat(runs.Select(run => run.StandardError)), Does.Not.Contain("plain build"), "the ahead-of-time build works here");
        var builds = runs.Sum(run => CountOf(run.StandardError, "Building the HomeLab host"));
        Assert.That(builds, Is.EqualTo(1), "the second run waits for the first run's build and reuses it");
        Assert.That(Directory.GetDirectories(Path.Combine(checkout.Path, ".build", "host")), Has.Length.EqualTo(1));
        Assert.That(string.Concat(runs.Select(run => run.StandardError)), Does.Not.Contain("background"), "CI builds nothing in the background");
        Assert.That(File.Exists(Path.Combine(checkout.Path, "artifacts", "l0", "runway_manifest.json")), Is.True);

        var warm = await RunBuildScript(script, checkout.Path, "--version");
        Assert.That(warm.ExitCode, Is.Zero, warm.ToString());
        Assert.That(warm.StandardError, Does.Not.Contain("Building"), "an unchanged host is not rebuilt");
    }

    private static int CountOf(string text, string fragment) =>
        text.Split('\n').Count(line => line.Contains(fragment, StringComparison.Ordinal));

    private static Task<ProcessResult> RunBuildScript(BuildScript script, string checkout, params string[] arguments)
    {
        var start = script == BuildScript.Bash
            ? new ProcessStartInfo(Path.Combine(checkout, "build.sh"))
            : HomeLab.Testing.InstalledShell.Pwsh().StartInfo("-File", Path.Combine(checkout, "build.ps1"));
        start.WorkingDirectory = checkout;
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test runner's own MSBuild settings must not leak into the nested build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        // As a CI pipeline runs it: CI=true picks the lighter readytorun build, with nothing built in the background
        // (HostBuildSelectionTests covers the choice; this covers the real build). The default composite build is
        // what bench/runway.sh measures.
        start.Environment.Remove("HOMELAB_HOST_BUILD");
        start.Environment["CI"] = "true";
        return ProcessRunner.RunAsync(start, TimeSpan.FromMinutes(8));
    }

    // What a clone would hold: the files git tracks, as they are in the working tree.
    private static void CopyTrackedFiles(string from, string to)
    {
        var list = new ProcessStartInfo("git", ["ls-files", "-z"]) { WorkingDirectory = from, RedirectStandardOutput = true };
        using var git = Process.Start(list)!;
        var files = git.StandardOutput.ReadToEnd().Split('\0', StringSplitOptions.RemoveEmptyEntries);
        git.WaitForExit();
        foreach (var file in files.Where(f => File.Exists(Path.Combine(from, f))))
        {
            var target = Path.Combine(to, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(from, file), target);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(target, File.GetUnixFileMode(Path.Combine(from, file)));
            }
        }
    }
}
