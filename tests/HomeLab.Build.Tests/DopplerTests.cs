using HomeLab.Build.Tests.Support;

namespace HomeLab.Build.Tests;

/// <summary>The DOPPLER criteria through the real host: the full matrix is unit-tested in HomeLab.Secrets.Tests.</summary>
public class DopplerTests
{
    [TestCase("DOPPLER", "0", "DOPPLER=0: using the shell's environment")]
    [TestCase("CI", "true", "CI=true without FORCE_DOPPLER=1: using the CI environment")]
    public async Task When_doppler_is_off_the_report_shows_Secrets_skipped_with_the_reason(string name, string value, string reason)
    {
        await using var lab = await LabEnvironment.StartAsync();

        var result = await lab.HostWithoutSecrets()
            .With("PM_TOKEN_SECRET", lab.Simulator.TokenSecret)
            .With(name, value)
            .RunAsync("--target=L0");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(FakeTool.RecordedCalls(lab.Bin.Path, "doppler"), Is.Empty, "doppler must not run");
        var report = OutputAssertions.Flatten(result.StandardOutput);
        Assert.That(report, Does.Match(@"Secrets\s+-\s+Skipped"));
        Assert.That(report, Does.Contain(reason));
    }

    [Test]
    public async Task In_CI_FORCE_DOPPLER_loads_secrets_and_they_override_the_shell()
    {
        await using var lab = await LabEnvironment.StartAsync();
        FakeTool.Write(lab.Bin.Path, "doppler",
            $$"""echo '{"PM_TOKEN_SECRET":"{{lab.Simulator.TokenSecret}}","PVE_NODE":"pve"}'""");

        var result = await lab.HostWithoutSecrets()
            .With("CI", "true")
            .With("FORCE_DOPPLER", "1")
            .With("PM_TOKEN_SECRET", "shell-value-that-doppler-overrides")
            .With("PVE_NODE", "not-the-node")
            .RunAsync("--target=L0");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(FakeTool.RecordedCalls(lab.Bin.Path, "doppler"), Does.Contain("secrets download --no-file --format json"));
        Assert.That(result.StandardOutput, Does.Contain("Doppler: 2 secrets loaded (PM_TOKEN_SECRET, PVE_NODE)"));
    }

    [Test]
    public async Task Doppler_runs_in_the_working_directory_and_inherits_its_own_settings()
    {
        await using var lab = await LabEnvironment.StartAsync();
        FakeTool.Write(lab.Bin.Path, "doppler",
            $$"""
            printf '%s|%s|%s|%s' "$PWD" "$DOPPLER_TOKEN" "$DOPPLER_PROJECT" "$DOPPLER_CONFIG" > "{{lab.Bin.Combine("doppler.env")}}"
            echo '{"PM_TOKEN_SECRET":"{{lab.Simulator.TokenSecret}}"}'
            """);

        var result = await lab.HostWithoutSecrets()
            .With("DOPPLER_TOKEN", "dp.st.dev.fake-token-value")
            .With("DOPPLER_PROJECT", "homelab")
            .With("DOPPLER_CONFIG", "prd")
            .RunAsync("--target=L0");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(File.ReadAllText(lab.Bin.Combine("doppler.env")),
            Is.EqualTo($"{new DirectoryInfo(lab.Work.Path).FullName}|dp.st.dev.fake-token-value|homelab|prd"));
        Assert.That(result.AllOutput, Does.Not.Contain("dp.st.dev.fake-token-value"));
    }

    [Test]
    public async Task A_missing_doppler_CLI_is_one_line_that_says_to_install_it_or_set_DOPPLER_0()
    {
        using var work = new TempDirectory();
        using var bin = new TempDirectory();

        var result = await new HostRun(work.Path).WithOnlyPath(bin.Path).RunAsync("--target=L0");

        OutputAssertions.FailedWithOneErrorLine(result, "doppler CLI was not found on PATH");
        Assert.That(result.AllOutput, Does.Contain("DOPPLER=0"));
    }

    [Test]
    public async Task A_failing_doppler_CLI_reports_its_own_message()
    {
        using var work = new TempDirectory();
        using var bin = new TempDirectory();
        FakeTool.Write(bin.Path, "doppler", "echo 'Doppler Error: you must provide a token' >&2; exit 1");

        var result = await new HostRun(work.Path).WithPathFirst(bin.Path).RunAsync("--target=L0");

        OutputAssertions.FailedWithOneErrorLine(result, "Doppler Error: you must provide a token");
    }

    [Test]
    public async Task An_unknown_DOPPLER_value_is_one_clear_line()
    {
        using var work = new TempDirectory();

        var result = await new HostRun(work.Path).With("DOPPLER", "maybe").RunAsync("--target=L0");

        OutputAssertions.FailedWithOneErrorLine(result, "DOPPLER");
    }

}
