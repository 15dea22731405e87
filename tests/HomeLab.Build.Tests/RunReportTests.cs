using System.Diagnostics;
using System.Text.Json;
using System.Xml.Linq;
using HomeLab.Build.Tests.Support;

namespace HomeLab.Build.Tests;

/// <summary>artifacts/run-report.json, run-report.junit.xml and the GitHub step summary, through the built host.</summary>
public class RunReportTests
{
    [Test]
    public async Task A_successful_L0_writes_the_report_the_JUnit_file_and_the_step_summary()
    {
        await using var lab = await LabEnvironment.StartAsync();
        var summary = lab.Work.Combine("step-summary.md");
        File.WriteAllText(summary, "earlier step\n");

        var result = await lab.Host().With("GITHUB_STEP_SUMMARY", summary).RunAsync("--target=L0");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var report = ReadReport(lab.Work.Path);
        Assert.That(report.GetProperty("targets").EnumerateArray().Select(target => target.GetString()), Is.EqualTo(new[] { "L0" }), "the targets as given");
        Assert.That(report.GetProperty("arguments").EnumerateArray().Select(argument => argument.GetString()), Is.EqualTo(new[] { "--target=L0" }));
        Assert.That(report.GetProperty("homelab_version").GetString(), Does.Match(@"^\d+\.\d+\.\d+"));
        Assert.That(report.GetProperty("exit_code").GetInt32(), Is.Zero);
        Assert.That(report.GetProperty("status").GetString(), Is.EqualTo("succeeded"));
        Assert.That(report.GetProperty("end").GetDateTimeOffset(), Is.GreaterThan(report.GetProperty("start").GetDateTimeOffset()));

        var tasks = report.GetProperty("tasks").EnumerateArray().ToList();
        Assert.That(tasks.Select(task => task.GetProperty("name").GetString()), Is.EqualTo(new[] { "Secrets", "Runway" }));
        Assert.That(tasks[0].GetProperty("status").GetString(), Is.EqualTo("skipped"));
        Assert.That(tasks[0].GetProperty("skip_reason").GetString(), Is.EqualTo("DOPPLER=0: using the shell's environment"));
        Assert.That(tasks[0].GetProperty("criteria").GetString(), Is.EqualTo("DOPPLER off, CI off"));
        Assert.That(tasks[1].GetProperty("status").GetString(), Is.EqualTo("succeeded"));
        Assert.That(tasks[1].GetProperty("layer").GetString(), Is.EqualTo("L0"));
        Assert.That(tasks[1].GetProperty("duration_seconds").GetDouble(), Is.GreaterThan(0));
        Assert.That(tasks[1].GetProperty("artifacts").EnumerateArray().Select(file => file.GetString()),
            Does.Contain("artifacts/l0/runway_manifest.json").And.Contain("artifacts/l0/pve_version.json"));
        Assert.That(report.GetProperty("artifacts").GetProperty("L0").GetArrayLength(), Is.EqualTo(tasks[1].GetProperty("artifacts").GetArrayLength()));

        var junit = ReadJUnit(lab.Work.Path);
        var cases = junit.Descendants("testcase").ToList();
        Assert.That(cases.Select(testcase => (string?)testcase.Attribute("name")), Is.EqualTo(new[] { "Secrets", "Runway" }));
        Assert.That(cases[0].Element("skipped")?.Attribute("message")?.Value, Is.EqualTo("DOPPLER=0: using the shell's environment"));
        Assert.That(cases[1].Elements(), Is.Empty, "a passed testcase has no failure or skipped element");
        Assert.That((string?)junit.Root!.Attribute("tests"), Is.EqualTo("2"));
        Assert.That((string?)junit.Root!.Attribute("skipped"), Is.EqualTo("1"));

        var markdown = File.ReadAllText(summary);
        Assert.That(markdown, Does.StartWith("earlier step\n"), "the summary is appended to");
        Assert.That(markdown, Does.Contain("| Task | Status | Duration | Details |"));
        Assert.That(markdown, Does.Match(@"\| Runway \| ✅ succeeded \| \d+\.\d\d s \|"));
        Assert.That(markdown, Does.Contain("| Secrets | ⏭️ skipped |"));
    }

    [Test]
    public async Task A_failed_run_is_reported_with_its_error_and_exit_code()
    {
        using var work = new TempDirectory();

        var result = await new HostRun(work.Path).With("DOPPLER", "0").RunAsync("--target=L1", "--skip-tools");

        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString());
        var report = ReadReport(work.Path);
        Assert.That(report.GetProperty("status").GetString(), Is.EqualTo("failed"));
        Assert.That(report.GetProperty("exit_code").GetInt32(), Is.EqualTo(result.ExitCode));
        Assert.That(report.GetProperty("error").GetString(), Does.StartWith("L0 Runway failed"));
        var tasks = report.GetProperty("tasks").EnumerateArray().ToDictionary(task => task.GetProperty("name").GetString()!, task => task);
        Assert.That(tasks["Runway"].GetProperty("status").GetString(), Is.EqualTo("failed"));
        Assert.That(tasks["Runway"].GetProperty("error").GetString(), Does.StartWith("L0 Runway failed"));
        Assert.That(tasks["BuildTemplates"].GetProperty("status").GetString(), Is.EqualTo("not_run"));
        Assert.That(tasks["PromoteStable"].GetProperty("criteria").GetString(), Is.EqualTo("UPDATE_STABLE=yes"));

        var cases = ReadJUnit(work.Path).Descendants("testcase").ToDictionary(testcase => (string)testcase.Attribute("name")!);
        Assert.That(cases["Runway"].Element("failure")?.Attribute("message")?.Value, Does.StartWith("L0 Runway failed"));
        Assert.That(cases["BuildTemplates"].Element("skipped"), Is.Not.Null, "a task the run did not reach is skipped");
    }

    [Test]
    public async Task No_secret_reaches_the_report_the_JUnit_file_or_the_step_summary()
    {
        const string dopplerOnly = "dopplervalue-5e1b7c0d-only-in-doppler";
        await using var lab = await LabEnvironment.StartAsync();
        FakeTool.Write(lab.Bin.Path, "doppler",
            $$"""echo '{"PM_TOKEN_SECRET":"{{lab.Simulator.TokenSecret}}","HOMELAB_EXTRA":"{{dopplerOnly}}"}'""");
        var summary = lab.Work.Combine("step-summary.md");

        // The Doppler value comes back in L1's error ("Unknown OS '…'"), the token secret as an argument.
        var result = await lab.HostWithoutSecrets().With("GITHUB_STEP_SUMMARY", summary)
            .RunAsync("--target=L1", $"--os={dopplerOnly}", $"--note={lab.Simulator.TokenSecret}", "--api-token=given-on-the-command-line");

        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString());
        var files = new[]
        {
            Path.Combine(lab.ArtifactsDirectory, "run-report.json"),
            Path.Combine(lab.ArtifactsDirectory, "run-report.junit.xml"),
            summary,
        };
        var report = ReadReport(lab.Work.Path);
        Assert.That(report.GetProperty("error").GetString(), Does.Contain("Unknown OS '[REDACTED]'"), "the error is there, redacted");
        Assert.That(report.GetProperty("arguments").EnumerateArray().Select(argument => argument.GetString()),
            Is.EqualTo(new[] { "--target=L1", "--os=[REDACTED]", "--note=[REDACTED]", "--api-token=[REDACTED]" }));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.That(text, Does.Contain("[REDACTED]"), file);
            foreach (var secret in new[] { lab.Simulator.TokenSecret, dopplerOnly, "given-on-the-command-line" })
            {
                Assert.That(text, Does.Not.Contain(secret), file);
            }
        }

        Assert.That(result.AllOutput, Does.Not.Contain(lab.Simulator.TokenSecret).And.Not.Contain(dopplerOnly));
    }

    [TestCase("Default")]
    [TestCase("Clean")]
    public async Task Default_and_Clean_write_no_report(string target)
    {
        using var work = new TempDirectory();

        var result = await new HostRun(work.Path).RunAsync($"--target={target}");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(File.Exists(Path.Combine(work.Path, "artifacts", "run-report.json")), Is.False);
    }

    [Test]
    public async Task An_L2_plan_puts_each_persona_s_summary_in_the_step_summary()
    {
        await using var lab = await InstanceLab.StartAsync();
        lab.AddPersona("ubuntu", "docker", 9000, ("dock-01", "10.20.0.21"), ("dock-02", "10.20.0.22"));
        RealTerraform.Wrap(lab.Bin);
        var summary = Path.Combine(lab.Root, "step-summary.md");

        var result = await lab.Host().With("GITHUB_STEP_SUMMARY", summary).RunAsync("--target=L2", "--exclusive");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var markdown = File.ReadAllText(summary);
        Assert.That(markdown, Does.Contain("| Persona | Add | Change | Replace | Destroy |"));
        Assert.That(markdown, Does.Contain("| ubuntu/docker | 2 | 0 | 0 | 0 |"));
        Assert.That(markdown, Does.Contain("| ApplyInstances | ⏭️ skipped |").And.Contain("plan only; set APPLY=1 to apply"));
        Assert.That(markdown, Does.Not.Contain(lab.TokenSecret));
    }

    [TestCase("TERM", "SIGTERM", 143)]
    [TestCase("INT", "SIGINT", 130)]
    public async Task A_run_interrupted_by_a_signal_still_writes_its_report(string signal, string name, int exitCode)
    {
        await using var lab = await LabEnvironment.StartAsync();
        var started = lab.Bin.Combine("doppler.pid");
        // Doppler stands still: the run is inside Secrets when the signal comes.
        FakeTool.Write(lab.Bin.Path, "doppler", $"""[ "$1" = "--version" ] && echo 'v3.75.1' && exit 0; echo $$ > '{started}'; exec sleep 60""");
        var start = WithDefaultSigint(lab.HostWithoutSecrets().With("PM_TOKEN_SECRET", lab.Simulator.TokenSecret).StartInfo("--target=L0"));
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var host = Process.Start(start)!;
        var output = host.StandardOutput.ReadToEndAsync();
        var errors = host.StandardError.ReadToEndAsync();
        try
        {
            await WaitForAsync(() => File.Exists(started) && File.ReadAllText(started).Trim().Length > 0, host);
            Signal(signal, host.Id);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await host.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!host.HasExited)
            {
                host.Kill();
            }

            if (File.Exists(started) && int.TryParse(File.ReadAllText(started).Trim(), out var doppler))
            {
                Signal("KILL", doppler, mayBeGone: true);
            }
        }

        var text = await output + await errors;
        Assert.That(host.ExitCode, Is.Not.Zero, text);
        var report = ReadReport(lab.Work.Path);
        Assert.That(report.GetProperty("status").GetString(), Is.EqualTo("interrupted"), text);
        Assert.That(report.GetProperty("interrupted_by").GetString(), Is.EqualTo(name));
        Assert.That(report.GetProperty("exit_code").GetInt32(), Is.EqualTo(exitCode));
        var tasks = report.GetProperty("tasks").EnumerateArray().ToList();
        Assert.That(tasks.Select(task => (task.GetProperty("name").GetString(), task.GetProperty("status").GetString())),
            Is.EqualTo(new[] { ("Secrets", "interrupted"), ("Runway", "not_run") }));
        var cases = ReadJUnit(lab.Work.Path).Descendants("testcase").ToList();
        Assert.That(cases[0].Element("failure")?.Attribute("message")?.Value, Is.EqualTo($"interrupted by {name}"));
    }

    // A test run started in the background by a non-interactive shell ignores SIGINT, and children inherit that, as
    // the host would from such a shell. An operator's terminal does not: the host starts with SIGINT at its default.
    private static ProcessStartInfo WithDefaultSigint(ProcessStartInfo host)
    {
        var start = new ProcessStartInfo("python3") { WorkingDirectory = host.WorkingDirectory };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])");
        start.ArgumentList.Add(host.FileName);
        foreach (var argument in host.ArgumentList)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach (var (name, value) in host.Environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    private static JsonElement ReadReport(string work)
    {
        var path = Path.Combine(work, "artifacts", "run-report.json");
        Assert.That(File.Exists(path), Is.True, "artifacts/run-report.json was written");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement;
    }

    private static XDocument ReadJUnit(string work) => XDocument.Load(Path.Combine(work, "artifacts", "run-report.junit.xml"));

    private static async Task WaitForAsync(Func<bool> condition, Process host)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            if (host.HasExited || DateTime.UtcNow > deadline)
            {
                Assert.Fail($"the run never reached the point to interrupt (host exited: {host.HasExited})");
            }

            await Task.Delay(50);
        }
    }

    private static void Signal(string signal, int pid, bool mayBeGone = false)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", $"-{signal} {pid}") { RedirectStandardError = true })
            ?? throw new InvalidOperationException("kill did not start");
        kill.WaitForExit();
        Assert.That(kill.ExitCode == 0 || mayBeGone, Is.True, $"kill -{signal} {pid}: {kill.StandardError.ReadToEnd()}");
    }
}
