using System.Diagnostics;
using System.Text.Json;
using HomeLab.Build.Tests.Support;

namespace HomeLab.Build.Tests;

/// <summary>
/// docs/examples' pipelines parse as YAML (with PyYAML, as python3 reads them) and hold the jobs docs/ci.md
/// promises: L0 on every push, the L2 plan on pull requests, the apply with APPLY=1 behind an approval, the host
/// cache keyed on ./build.sh --host-hash, and the run report kept.
/// </summary>
public class PipelineExampleTests
{
    [Test]
    public async Task The_GitHub_Actions_example_runs_L0_on_push_plans_pull_requests_and_applies_main_behind_an_environment()
    {
        using var workflow = await ParseAsync("github-actions.yml");
        var root = workflow.RootElement;
        // PyYAML reads the bare key `on` as the boolean true (YAML 1.1); GitHub reads it as "on".
        var triggers = root.TryGetProperty("on", out var on) ? on : root.GetProperty("true");
        Assert.That(triggers.TryGetProperty("push", out _) && triggers.TryGetProperty("pull_request", out _), Is.True);

        var jobs = root.GetProperty("jobs");
        var runway = jobs.GetProperty("runway");
        var plan = jobs.GetProperty("plan");
        var apply = jobs.GetProperty("apply");
        Assert.That(runway.TryGetProperty("if", out _), Is.False, "L0 runs on every push");
        Assert.That(Runs(runway), Does.Contain("./build.sh --target=L0"));
        Assert.That(plan.GetProperty("if").GetString(), Does.Contain("pull_request"));
        Assert.That(Runs(plan), Does.Contain("./build.sh --target=L2 --exclusive"));
        Assert.That(apply.GetProperty("if").GetString(), Does.Contain("refs/heads/main"));
        Assert.That(apply.GetProperty("environment").GetString(), Is.Not.Empty, "the approval is the environment's");
        Assert.That(apply.GetProperty("env").GetProperty("APPLY").GetString(), Is.EqualTo("1"));
        Assert.That(root.GetProperty("env").GetProperty("DOPPLER").GetString(), Is.EqualTo("0"));

        foreach (var job in new[] { runway, plan, apply })
        {
            var steps = job.GetProperty("steps").EnumerateArray().ToList();
            Assert.That(steps.Any(step => Text(step, "run").Contains("./build.sh --host-hash", StringComparison.Ordinal)), Is.True);
            var cache = steps.Single(step => Text(step, "uses").StartsWith("actions/cache@", StringComparison.Ordinal)).GetProperty("with");
            Assert.That(cache.GetProperty("path").GetString(), Is.EqualTo(".build/host"));
            Assert.That(cache.GetProperty("key").GetString(), Does.Contain("steps.host.outputs.hash"));
            var upload = steps.Single(step => Text(step, "uses").StartsWith("actions/upload-artifact@", StringComparison.Ordinal));
            Assert.That(upload.GetProperty("if").GetString(), Is.EqualTo("always()"));
            Assert.That(upload.GetProperty("with").GetProperty("path").GetString(), Does.Contain("artifacts/run-report.junit.xml").And.Contain("artifacts/run-report.json"));
        }
    }

    [Test]
    public async Task The_GitLab_example_runs_L0_plans_merge_requests_and_applies_the_default_branch_by_hand()
    {
        using var pipeline = await ParseAsync("gitlab-ci.yml");
        var root = pipeline.RootElement;

        Assert.That(root.GetProperty("variables").GetProperty("DOPPLER").GetString(), Is.EqualTo("0"));
        Assert.That(Text(root.GetProperty("host-hash"), "script"), Does.Contain("./build.sh --host-hash"));
        var shared = root.GetProperty(".homelab");
        Assert.That(shared.GetProperty("cache").GetProperty("key").GetString(), Does.Contain("$HOMELAB_HOST_HASH"));
        Assert.That(shared.GetProperty("artifacts").GetProperty("reports").GetProperty("junit").GetString(), Is.EqualTo("artifacts/run-report.junit.xml"));
        Assert.That(shared.GetProperty("artifacts").GetProperty("when").GetString(), Is.EqualTo("always"));

        Assert.That(root.GetProperty("runway").TryGetProperty("rules", out _), Is.False, "L0 runs on every push");
        Assert.That(Text(root.GetProperty("runway"), "script"), Does.Contain("./build.sh --target=L0"));
        var planRule = root.GetProperty("plan").GetProperty("rules")[0];
        Assert.That(planRule.GetProperty("if").GetString(), Does.Contain("merge_request_event"));
        var apply = root.GetProperty("apply");
        Assert.That(apply.GetProperty("rules")[0].GetProperty("when").GetString(), Is.EqualTo("manual"));
        Assert.That(apply.GetProperty("variables").GetProperty("APPLY").GetString(), Is.EqualTo("1"));
        Assert.That(Text(apply, "script"), Does.Contain("./build.sh --target=L2 --exclusive"));
        Assert.That(Text(apply, "before_script"), Does.Contain("terraform"), "the anchor's tool steps are in place");
    }

    private static string Runs(JsonElement job) =>
        string.Join('\n', job.GetProperty("steps").EnumerateArray().Select(step => Text(step, "run")));

    // A string, or the lines of a list of strings; empty when the property is absent.
    private static string Text(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) ? ""
        : value.ValueKind == JsonValueKind.Array ? string.Join('\n', value.EnumerateArray().Select(item => item.GetString()))
        : value.GetString() ?? "";

    private static async Task<JsonDocument> ParseAsync(string example)
    {
        var path = Path.Combine(RepositoryPaths.Root, "docs", "examples", example);
        var start = new ProcessStartInfo("python3");
        foreach (var argument in new[] { "-c", "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1], encoding='utf-8'))))", path })
        {
            start.ArgumentList.Add(argument);
        }

        ProcessResult result;
        try
        {
            result = await ProcessRunner.RunAsync(start, TimeSpan.FromSeconds(30));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail("python3 is not installed; it reads the YAML examples (apt-get install python3-yaml).");
            throw;
        }

        if (result.StandardError.Contains("No module named 'yaml'", StringComparison.Ordinal))
        {
            Assert.Fail("python3 has no yaml module; it reads the YAML examples (apt-get install python3-yaml).");
        }

        Assert.That(result.ExitCode, Is.Zero, $"{example} does not parse as YAML:\n{result.StandardError}");
        return JsonDocument.Parse(result.StandardOutput);
    }
}
