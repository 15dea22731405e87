using HomeLab.Build.Tests.Support;

namespace HomeLab.Build.Tests;

/// <summary>
/// Which host build.sh and build.ps1 build and start: the lighter readytorun build in CI and on a checkout's first
/// runs, the composite once the background build has made it, and whatever HOMELAB_HOST_BUILD says. Each test runs
/// for both scripts, for real (build.ps1 in PowerShell), against a fake dotnet (see <see cref="ScriptCheckout"/>);
/// the real builds are BuildScriptTests' job.
/// </summary>
[TestFixture(BuildScript.Bash)]
[TestFixture(BuildScript.PowerShell)]
[Platform(Exclude = "Win", Reason = "The fake dotnet is a shell script.")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class HostBuildSelectionTests(BuildScript script)
{
    private static readonly Dictionary<string, string> Ci = new() { ["CI"] = "true" };

    [Test]
    public async Task In_CI_a_fresh_checkout_builds_the_readytorun_host_and_nothing_in_the_background()
    {
        using var checkout = new ScriptCheckout(script);

        var run = await checkout.RunAsync(Ci, "--target=L0");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.StandardOutput.Trim(), Is.EqualTo("host readytorun --target=L0"));
        Assert.That(checkout.Builds(), Has.Length.EqualTo(1));
        Assert.That(checkout.Builds()[0], Does.Contain("--self-contained false"));
        Assert.That(run.StandardError, Does.Not.Contain("background"));
        Assert.That(File.Exists(Path.Combine(checkout.HostRoot, "composite.log")), Is.False, "no background build in CI");
    }

    [TestCase("CI", "true", "readytorun")]
    [TestCase("CI", "gitlab", "readytorun")]
    [TestCase("HOMELAB_HOST_BUILD", "composite", "composite")]
    [TestCase("HOMELAB_HOST_BUILD", "readytorun", "readytorun")]
    public async Task An_explicit_choice_or_CI_builds_that_host_in_the_foreground(string name, string value, string expected)
    {
        using var checkout = new ScriptCheckout(script);

        var run = await checkout.RunAsync(new Dictionary<string, string> { [name] = value }, "--version");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.StandardOutput.Trim(), Is.EqualTo($"host {expected} --version"));
        Assert.That(run.StandardError, Does.Contain($"Building the HomeLab host ({expected})"));
        Assert.That(checkout.Builds(), Has.Length.EqualTo(1), "one build, none in the background");
    }

    [Test]
    public async Task HOMELAB_HOST_BUILD_wins_over_CI()
    {
        using var checkout = new ScriptCheckout(script);

        var run = await checkout.RunAsync(new Dictionary<string, string> { ["CI"] = "true", ["HOMELAB_HOST_BUILD"] = "composite" }, "--version");

        Assert.That(run.StandardOutput.Trim(), Is.EqualTo("host composite --version"), run.ToString());
    }

    [TestCase("false")]
    [TestCase("0")]
    [TestCase(" Off ")]
    public async Task A_CI_value_that_means_off_is_a_local_run(string value)
    {
        using var checkout = new ScriptCheckout(script);

        var run = await checkout.RunAsync(new Dictionary<string, string> { ["CI"] = value }, "--version");

        Assert.That(run.StandardError, Does.Contain("building the faster composite host in the background"), run.ToString());
        await checkout.WaitForBackgroundBuildAsync(await HashOf(checkout));
    }

    [Test]
    public async Task Locally_the_first_runs_use_the_readytorun_host_while_the_composite_builds_detached_then_the_composite()
    {
        using var checkout = new ScriptCheckout(script);
        var hash = await HashOf(checkout);
        File.WriteAllText(checkout.HoldComposite, "");

        // The run ends while the composite's build is still held: the background build holds neither its output
        // nor the run (ProcessRunner reads the output to its end).
        var first = await checkout.RunAsync("--target=L0", "--simulate");
        var second = await checkout.RunAsync("--target=L0");

        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        Assert.That(first.StandardOutput.Trim(), Is.EqualTo("host readytorun --target=L0 --simulate"));
        Assert.That(first.StandardError, Does.Contain("building the faster composite host in the background (log: .build/host/composite.log)"));
        Assert.That(second.StandardOutput.Trim(), Is.EqualTo("host readytorun --target=L0"), "the composite is not ready yet");
        Assert.That(second.StandardError, Does.Not.Contain("Building").And.Not.Contain("background"), "the second run starts no second build");
        await checkout.WaitForBackgroundBuilderAsync();

        File.Delete(checkout.HoldComposite);
        await checkout.WaitForBackgroundBuildAsync(hash);
        var third = await checkout.RunAsync("--target=L0");

        Assert.That(third.StandardOutput.Trim(), Is.EqualTo("host composite --target=L0"), third.ToString());
        Assert.That(third.StandardError, Is.Empty);
        Assert.That(checkout.BackgroundLog(), Does.Contain("Building the HomeLab host (composite)"));
        var builds = checkout.Builds();
        Assert.That(builds, Has.Length.EqualTo(2));
        Assert.That(builds[1], Does.Contain("PublishReadyToRunComposite=true"));
    }

    [Test]
    public async Task The_background_build_takes_only_the_CPU_and_disk_time_nothing_else_wants()
    {
        using var checkout = new ScriptCheckout(script);
        var hash = await HashOf(checkout);

        var first = await checkout.RunAsync("--target=L0");
        await checkout.WaitForBackgroundBuildAsync(hash);

        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        var priority = File.ReadAllText(checkout.CompositePriorityFile);
        Assert.That(priority, Does.Contain("scheduling policy: SCHED_IDLE"));
        Assert.That(priority, Does.Contain("nice 19"));
        Assert.That(priority, Does.Contain("idle"));
    }

    [Test]
    public async Task Two_first_runs_at_once_share_one_build_of_each_host()
    {
        using var checkout = new ScriptCheckout(script);
        var hash = await HashOf(checkout);
        var slowBuild = new Dictionary<string, string> { ["FAKE_DOTNET_BUILD_SECONDS"] = "1" };

        var runs = await Task.WhenAll(checkout.RunAsync(slowBuild, "--target=L0"), checkout.RunAsync(slowBuild, "--target=L0"));
        await checkout.WaitForBackgroundBuildAsync(hash);

        foreach (var run in runs)
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(run.StandardOutput.Trim(), Is.EqualTo("host readytorun --target=L0"));
        }

        var builds = checkout.Builds();
        Assert.That(builds.Count(b => b.Contains("PublishReadyToRunComposite=true", StringComparison.Ordinal)), Is.EqualTo(1), string.Join('\n', builds));
        Assert.That(builds, Has.Length.EqualTo(2), "one readytorun build and one composite build:\n" + string.Join('\n', builds));
        Assert.That((await checkout.RunAsync("--version")).StandardOutput.Trim(), Is.EqualTo("host composite --version"));
    }

    [Test]
    public async Task A_change_to_the_sources_stops_the_background_build_of_the_old_ones_instead_of_waiting_for_it()
    {
        using var checkout = new ScriptCheckout(script);
        File.WriteAllText(checkout.HoldComposite, "");
        await checkout.RunAsync("--version");
        var oldBuilder = await checkout.WaitForBackgroundBuilderAsync(); // it holds the build lock while it waits

        checkout.WriteSource("src/HomeLab.Example/Example.cs", "namespace Example.Changed;");
        var run = await checkout.RunAsync("--version");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.StandardError, Does.Contain($"Stopping the background build of an older host (pid {oldBuilder})"));
        Assert.That(run.StandardOutput.Trim(), Is.EqualTo("host readytorun --version"));
        Assert.That(Directory.GetDirectories(checkout.HostRoot).Select(Path.GetFileName), Does.Contain(await HashOf(checkout) + "-readytorun"));
    }

    [Test]
    public async Task A_composite_that_cannot_be_built_leaves_its_log_and_the_readytorun_host_in_use_without_retrying()
    {
        using var checkout = new ScriptCheckout(script);
        var hash = await HashOf(checkout);
        File.WriteAllText(checkout.FailComposite, "");

        await checkout.RunAsync("--version");
        await checkout.WaitForBackgroundBuildAsync(hash);
        var next = await checkout.RunAsync("--version");

        Assert.That(checkout.BackgroundLog(), Does.Contain("NETSDK0000").And.Contain("the composite host could not be built here"));
        Assert.That(next.StandardOutput.Trim(), Is.EqualTo("host readytorun --version"));
        Assert.That(next.StandardError, Is.Empty, "no second attempt");
        Assert.That(checkout.Builds(), Has.Length.EqualTo(2), "the readytorun build and one composite attempt, no plain build");
    }

    [Test]
    public async Task Host_hash_is_the_name_of_the_built_host_and_changes_with_its_sources_only()
    {
        using var checkout = new ScriptCheckout(script);
        var hash = await HashOf(checkout);

        var built = await checkout.RunAsync(Ci, "--build-host");
        checkout.WriteSource("src/HomeLab.Example/obj/Generated.cs", "// build output");
        checkout.WriteSource("docs/notes.md", "not a source of the host");
        var unchanged = await HashOf(checkout);
        checkout.WriteSource("src/HomeLab.Example/Example.cs", "namespace Example.Changed;");
        var changed = await HashOf(checkout);

        Assert.That(hash, Does.Match("^[0-9a-f]{16}$"));
        Assert.That(built.StandardOutput.Trim(), Is.EqualTo($".build/host/{hash}-readytorun"), "--build-host prints the folder and runs nothing");
        Assert.That(unchanged, Is.EqualTo(hash));
        Assert.That(changed, Is.Not.EqualTo(hash));
    }

    [Test]
    public async Task An_unknown_HOMELAB_HOST_BUILD_is_one_error_line()
    {
        using var checkout = new ScriptCheckout(script);

        var run = await checkout.RunAsync(new Dictionary<string, string> { ["HOMELAB_HOST_BUILD"] = "fast" }, "--version");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.StandardError.Trim(), Is.EqualTo("error: HOMELAB_HOST_BUILD is 'fast'; use composite or readytorun, or leave it unset."));
        Assert.That(checkout.Builds(), Is.Empty);
    }

    [Test]
    public async Task Arguments_reach_the_host_unchanged()
    {
        using var checkout = new ScriptCheckout(script);
        // "*" and "[b]*" match files in the checkout: nothing may expand them. pwsh -File splits a word that starts
        // with "-" at its first ":" (the target alias, the Windows path).
        string[] arguments = ["--target=Templates:List", "a b", "", "*", "[b]*", "it's", "\"quoted\"", "$HOME", "--", "-t", "L1", "--lab=C:\\lab\\"];

        var run = await checkout.RunAsync(Ci, arguments);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(checkout.HostArguments(), Is.EqualTo(arguments));
    }

    [TestCase("readytorun")]
    [TestCase("composite")]
    public async Task The_host_s_exit_code_is_the_run_s(string build)
    {
        using var checkout = new ScriptCheckout(script);

        var run = await checkout.RunAsync(new Dictionary<string, string> { ["HOMELAB_HOST_BUILD"] = build, ["FAKE_HOST_EXIT"] = "3" }, "--target=L0");

        Assert.That(run.StandardOutput.Trim(), Is.EqualTo($"host {build} --target=L0"), run.ToString());
        Assert.That(run.ExitCode, Is.EqualTo(3));
    }

    [Test]
    public async Task A_host_build_uses_the_compiler_server_and_stops_it_before_the_host_starts()
    {
        using var checkout = new ScriptCheckout(script);

        var run = await checkout.RunAsync(Ci, "--version");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var calls = FakeTool.RecordedCalls(checkout.Bin, "dotnet");
        Assert.That(calls, Has.Length.EqualTo(3), string.Join('\n', calls));
        Assert.That(calls[0], Does.StartWith("publish ").And.Contain("-p:UseSharedCompilation=true"));
        Assert.That(calls[1], Is.EqualTo("build-server shutdown --vbcscompiler"));
        Assert.That(calls[2], Does.EndWith("HomeLab.Build.dll --version"));
    }

    [Test]
    public async Task Locally_the_first_run_leaves_its_compiler_server_to_the_background_build_which_stops_it()
    {
        using var checkout = new ScriptCheckout(script);
        var hash = await HashOf(checkout);

        var run = await checkout.RunAsync("--version");
        await checkout.WaitForBackgroundBuildAsync(hash);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var calls = BuildCalls(checkout);
        Assert.That(calls, Has.Length.EqualTo(3), string.Join('\n', calls));
        Assert.That(calls[0], Does.StartWith("publish ").And.Contain("--self-contained false"));
        Assert.That(calls[1], Does.StartWith("publish ").And.Contain("PublishReadyToRunComposite=true"), "no shutdown between the two builds");
        Assert.That(calls[2], Is.EqualTo("build-server shutdown --vbcscompiler"));
    }

    [Test]
    public async Task A_first_run_that_starts_no_background_build_stops_its_compiler_server_itself()
    {
        using var checkout = new ScriptCheckout(script);
        var hash = await HashOf(checkout);
        Directory.CreateDirectory(checkout.HostRoot);
        File.WriteAllText(Path.Combine(checkout.HostRoot, hash + ".failed"), string.Empty);

        var run = await checkout.RunAsync("--version");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.StandardError, Does.Not.Contain("background"));
        var calls = BuildCalls(checkout);
        Assert.That(calls, Has.Length.EqualTo(2), string.Join('\n', calls));
        Assert.That(calls[0], Does.StartWith("publish ").And.Contain("--self-contained false"));
        Assert.That(calls[1], Is.EqualTo("build-server shutdown --vbcscompiler"));
    }

    [Test]
    public async Task A_failed_publish_stops_the_compiler_server_before_the_plain_build_and_after_it()
    {
        using var checkout = new ScriptCheckout(script);
        File.WriteAllText(checkout.FailComposite, string.Empty);

        var run = await checkout.RunAsync(new Dictionary<string, string> { ["HOMELAB_HOST_BUILD"] = "composite" }, "--version");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var calls = FakeTool.RecordedCalls(checkout.Bin, "dotnet");
        Assert.That(calls.Select(call => call.Split(' ')[0]), Is.EqualTo(new[] { "publish", "build-server", "build", "build-server", calls[^1].Split(' ')[0] }), string.Join('\n', calls));
        Assert.That(calls[2], Does.Contain("-p:UseSharedCompilation=true"));
    }

    // The builds and compiler-server calls, without the host's own runs (whose order against a background build varies).
    private static string[] BuildCalls(ScriptCheckout checkout) =>
        FakeTool.RecordedCalls(checkout.Bin, "dotnet").Where(call => !call.Contains("HomeLab.Build.dll", StringComparison.Ordinal)).ToArray();

    private static async Task<string> HashOf(ScriptCheckout checkout)
    {
        var run = await checkout.RunAsync("--host-hash");
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        return run.StandardOutput.Trim();
    }
}
