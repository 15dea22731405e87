using HomeLab.Build.Tests.Support;

namespace HomeLab.Build.Tests;

/// <summary>
/// build.sh and build.ps1 in one checkout share .build/host: the same hash of the same sources, one lock, one
/// background build. And build.ps1 as it runs at a PowerShell prompt. Both run for real against a fake dotnet
/// (see <see cref="ScriptCheckout"/>).
/// </summary>
[Platform(Exclude = "Win", Reason = "The fake dotnet is a shell script.")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class BuildScriptsShareTheHostTests
{
    private static readonly Dictionary<string, string> Ci = new() { ["CI"] = "true" };

    [Test]
    public async Task Both_scripts_hash_the_same_sources_alike()
    {
        using var checkout = new ScriptCheckout();
        var hashes = new List<(string Bash, string PowerShell)> { await HashesOf(checkout) };

        checkout.WriteSource("src/Odd Dir/Café é.cs", "namespace Odd;");
        checkout.WriteSource("src/HomeLab.Example/.Hidden.cs", "namespace Hidden;");
        checkout.WriteSource("build/Tasks/Extra.targets", "<Project />");
        hashes.Add(await HashesOf(checkout));
        checkout.WriteSource("src/HomeLab.Example/obj/Generated.cs", "// build output");
        checkout.WriteSource("src/HomeLab.Example/bin/Release/app.json", "{}");
        checkout.WriteSource("src/HomeLab.Example/Notes.CS", "not compiled: the extension is upper case");
        File.CreateSymbolicLink(checkout.Combine("src", "HomeLab.Example", "Linked.cs"), checkout.Combine("build", "Program.cs"));
        hashes.Add(await HashesOf(checkout));

        Assert.That(hashes.Select(pair => pair.PowerShell), Is.EqualTo(hashes.Select(pair => pair.Bash)));
        Assert.That(hashes[1].Bash, Is.Not.EqualTo(hashes[0].Bash), "new sources change the hash");
        Assert.That(hashes[2].Bash, Is.EqualTo(hashes[1].Bash), "build output, other extensions and links do not (find -type f -name)");
    }

    [TestCase(BuildScript.Bash, BuildScript.PowerShell)]
    [TestCase(BuildScript.PowerShell, BuildScript.Bash)]
    public async Task A_host_one_script_built_is_the_one_the_other_starts(BuildScript first, BuildScript second)
    {
        using var checkout = new ScriptCheckout();

        var built = await checkout.RunScriptAsync(first, Ci, "--version");
        var reused = await checkout.RunScriptAsync(second, Ci, "--version");

        Assert.That(built.StandardOutput.Trim(), Is.EqualTo("host readytorun --version"), built.ToString());
        Assert.That(reused.StandardOutput.Trim(), Is.EqualTo("host readytorun --version"), reused.ToString());
        Assert.That(reused.StandardError, Does.Not.Contain("Building"));
        Assert.That(checkout.Builds(), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Runs_of_both_scripts_at_once_share_one_build()
    {
        using var checkout = new ScriptCheckout();
        var slowBuild = new Dictionary<string, string>(Ci) { ["FAKE_DOTNET_BUILD_SECONDS"] = "1" };

        var runs = await Task.WhenAll(
            checkout.RunScriptAsync(BuildScript.Bash, slowBuild, "--version"),
            checkout.RunScriptAsync(BuildScript.PowerShell, slowBuild, "--version"));

        foreach (var run in runs)
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(run.StandardOutput.Trim(), Is.EqualTo("host readytorun --version"));
        }

        Assert.That(checkout.Builds(), Has.Length.EqualTo(1), "the second waits for the first's build lock, then finds the host:\n" + string.Join('\n', checkout.Builds()));
    }

    [TestCase(BuildScript.Bash, BuildScript.PowerShell)]
    [TestCase(BuildScript.PowerShell, BuildScript.Bash)]
    public async Task While_one_script_s_background_build_runs_the_other_starts_none(BuildScript first, BuildScript second)
    {
        using var checkout = new ScriptCheckout();
        var hash = (await checkout.RunAsync("--host-hash")).StandardOutput.Trim();
        File.WriteAllText(checkout.HoldComposite, "");

        var started = await checkout.RunScriptAsync(first, null, "--version");
        await checkout.WaitForBackgroundBuilderAsync();
        var meanwhile = await checkout.RunScriptAsync(second, null, "--version");
        File.Delete(checkout.HoldComposite);
        await checkout.WaitForBackgroundBuildAsync(hash);
        var later = await checkout.RunScriptAsync(second, null, "--version");

        Assert.That(started.StandardError, Does.Contain("building the faster composite host in the background"), started.ToString());
        Assert.That(meanwhile.StandardOutput.Trim(), Is.EqualTo("host readytorun --version"), meanwhile.ToString());
        Assert.That(meanwhile.StandardError, Does.Not.Contain("Building").And.Not.Contain("background"));
        Assert.That(later.StandardOutput.Trim(), Is.EqualTo("host composite --version"), later.ToString());
        Assert.That(checkout.Builds(), Has.Length.EqualTo(2), string.Join('\n', checkout.Builds()));
    }

    [Test]
    public async Task At_a_PowerShell_prompt_build_ps1_s_output_flows_down_the_pipeline_and_its_arguments_reach_the_host()
    {
        using var checkout = new ScriptCheckout(BuildScript.PowerShell);

        // As docs/operations.md loads the completion: ./build.ps1 --completion=pwsh | Out-String | Invoke-Expression
        var piped = await checkout.RunInPowerShellAsync(Ci, "./build.ps1 --version | ForEach-Object { \"piped: $_\" }");
        var typed = await checkout.RunInPowerShellAsync(Ci, "./build.ps1 --target=Templates:List --lab=C:\\lab 'a b' '*'");

        Assert.That(piped.StandardOutput.Trim(), Is.EqualTo("piped: host readytorun --version"), piped.ToString());
        Assert.That(typed.ExitCode, Is.Zero, typed.ToString());
        Assert.That(checkout.HostArguments(), Is.EqualTo(new[] { "--target=Templates:List", "--lab=C:\\lab", "a b", "*" }));
    }

    private static async Task<(string Bash, string PowerShell)> HashesOf(ScriptCheckout checkout)
    {
        var bash = await checkout.RunScriptAsync(BuildScript.Bash, null, "--host-hash");
        var powerShell = await checkout.RunScriptAsync(BuildScript.PowerShell, null, "--host-hash");
        Assert.That(bash.ExitCode, Is.Zero, bash.ToString());
        Assert.That(powerShell.ExitCode, Is.Zero, powerShell.ToString());
        return (bash.StandardOutput.Trim(), powerShell.StandardOutput.Trim());
    }
}
