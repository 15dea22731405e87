using Cake.Core;
using HomeLab.Secrets.Tests.Support;
using HomeLab.Testing;

namespace HomeLab.Secrets.Tests;

/// <summary>The doppler wrapper against a fake doppler on PATH, run by Cake's real ProcessRunner.</summary>
[NonParallelizable]
[Platform(Exclude = "Win", Reason = "The fake doppler is a bash script.")]
public class DopplerRunnerTests
{
    private const string SecretsJson = """{"PM_TOKEN_ID":"gitops@pve!gitops","PM_TOKEN_SECRET":"5f0c-secret-value-9a1b","DOPPLER_CONFIG":"dev"}""";

    private TempDirectory _temp = null!;
    private EnvironmentScope _environment = null!;
    private CapturingLog _log = null!;
    private string _workingDirectory = null!;

    [SetUp]
    public void SetUp()
    {
        _temp = new TempDirectory();
        _environment = new EnvironmentScope("PATH", "DOPPLER_TOKEN", "DOPPLER_PROJECT", "DOPPLER_CONFIG");
        _environment.Set("DOPPLER_TOKEN", null).Set("DOPPLER_PROJECT", null).Set("DOPPLER_CONFIG", null);
        _log = new CapturingLog();
        _workingDirectory = Directory.CreateDirectory(_temp.Combine("lab")).FullName;
    }

    [TearDown]
    public void TearDown()
    {
        _environment.Dispose();
        _temp.Dispose();
    }

    [Test]
    public void Download_runs_secrets_download_as_json_to_stdout_in_the_working_directory()
    {
        var doppler = InstallFake(SecretsJson);

        var secrets = Context().DopplerSecretsDownload();

        var call = doppler.ReadCall();
        Assert.That(call.Arguments, Is.EqualTo(new[] { "secrets", "download", "--no-file", "--format", "json" }));
        Assert.That(call.WorkingDirectory, Is.EqualTo(_workingDirectory));
        Assert.That(secrets, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["PM_TOKEN_ID"] = "gitops@pve!gitops",
            ["PM_TOKEN_SECRET"] = "5f0c-secret-value-9a1b",
            ["DOPPLER_CONFIG"] = "dev",
        }));
    }

    [Test]
    public void Project_and_config_are_passed_only_when_set()
    {
        var doppler = InstallFake(SecretsJson);

        Context().DopplerSecretsDownload(new DopplerSecretsDownloadSettings { Project = "home lab", Config = "dev" });

        Assert.That(doppler.ReadCall().Arguments, Is.EqualTo(new[]
        {
            "secrets", "download", "--no-file", "--format", "json", "--project", "home lab", "--config", "dev",
        }));
    }

    [Test]
    public void The_clis_own_environment_settings_reach_the_child()
    {
        var doppler = InstallFake(SecretsJson);
        _environment.Set("DOPPLER_TOKEN", "dp.st.inherited-token").Set("DOPPLER_PROJECT", "homelab").Set("DOPPLER_CONFIG", "prd");

        Context().DopplerSecretsDownload();

        var call = doppler.ReadCall();
        Assert.That(call.Token, Is.EqualTo("dp.st.inherited-token"));
        Assert.That(call.Project, Is.EqualTo("homelab"));
        Assert.That(call.Config, Is.EqualTo("prd"));
        Assert.That(call.Arguments, Has.None.Contains("--project").And.None.Contains("--config"));
    }

    [Test]
    public void A_token_setting_goes_to_the_child_as_DOPPLER_TOKEN_and_never_on_the_command_line_or_log()
    {
        var doppler = InstallFake(SecretsJson);
        _environment.Set("DOPPLER_TOKEN", "dp.st.from-shell");

        Context().DopplerSecretsDownload(new DopplerSecretsDownloadSettings { Token = "dp.st.settings-token" });

        var call = doppler.ReadCall();
        Assert.That(call.Token, Is.EqualTo("dp.st.settings-token"));
        Assert.That(call.Arguments, Has.None.Contains("dp.st.settings-token"));
        Assert.That(_log.AllText, Does.Not.Contain("dp.st.settings-token"));
    }

    [Test]
    public void Secret_values_never_reach_the_cake_log_even_at_diagnostic_verbosity()
    {
        InstallFake(SecretsJson, stderr: "note: using cached secrets");

        Context().DopplerSecretsDownload();

        Assert.That(_log.AllText, Does.Contain("Executing:"), "the log must be capturing process output at Diagnostic for this test to mean anything");
        Assert.That(_log.AllText, Does.Not.Contain("5f0c-secret-value-9a1b"));
        Assert.That(_log.AllText, Does.Not.Contain("gitops@pve!gitops"));
    }

    [Test]
    public void A_missing_cli_is_one_line_that_says_how_to_fix_it()
    {
        _environment.Set("PATH", Directory.CreateDirectory(_temp.Combine("empty-bin")).FullName);

        var exception = Assert.Throws<CakeException>(() => Context().DopplerSecretsDownload());

        Assert.That(exception!.Message, Is.EqualTo(
            "The doppler CLI was not found on PATH. Install it (https://docs.doppler.com/docs/install-cli) or set DOPPLER=0 to use the shell's environment."));
    }

    [Test]
    public void A_tool_path_that_does_not_exist_is_named_in_the_error()
    {
        var missing = _temp.Combine("nowhere", "doppler");

        var exception = Assert.Throws<CakeException>(
            () => Context().DopplerSecretsDownload(new DopplerSecretsDownloadSettings { ToolPath = missing }));

        Assert.That(exception!.Message, Does.StartWith($"The doppler CLI was not found at {missing}"));
        Assert.That(exception.Message, Does.Not.Contain("\n"));
    }

    [Test]
    public void A_failing_cli_reports_dopplers_own_error_line_and_exit_code()
    {
        InstallFake(
            stdout: "",
            stderr: "Unable to download secrets\n\u001b[31mDoppler Error:\u001b[0m you must provide a token\n",
            exitCode: 1);

        var exception = Assert.Throws<CakeException>(() => Context().DopplerSecretsDownload());

        Assert.That(exception!.Message, Does.StartWith("doppler secrets download failed (exit code 1): Doppler Error: you must provide a token."));
        Assert.That(exception.Message, Does.Contain("DOPPLER=0"));
        Assert.That(exception.Message, Does.Not.Contain("\n"));
        Assert.That(exception.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void A_failing_cli_that_echoes_the_token_does_not_leak_it_into_the_error()
    {
        InstallFake(stdout: "", stderr: "Doppler Error: invalid token dp.st.leaky-token-42", exitCode: 2);

        var exception = Assert.Throws<CakeException>(
            () => Context().DopplerSecretsDownload(new DopplerSecretsDownloadSettings { Token = "dp.st.leaky-token-42" }));

        Assert.That(exception!.Message, Does.Contain("Doppler Error: invalid token [REDACTED]"));
        Assert.That(exception.Message, Does.Not.Contain("dp.st.leaky-token-42"));
    }

    [TestCase("not json at all: hunter2-secret", "not valid JSON")]
    [TestCase("""["hunter2-secret"]""", "JSON array, not an object")]
    [TestCase("""{"PORT": 22}""", "the value of PORT is a JSON number, not a string")]
    [TestCase("", "it printed nothing")]
    public void Output_that_is_not_a_json_object_of_strings_is_one_clear_line_without_the_output(string stdout, string problem)
    {
        InstallFake(stdout);

        var exception = Assert.Throws<CakeException>(() => Context().DopplerSecretsDownload());

        Assert.That(exception!.Message, Does.StartWith("doppler secrets download did not print a JSON object of secrets"));
        Assert.That(exception.Message, Does.Contain(problem));
        Assert.That(exception.Message, Does.Not.Contain("hunter2"));
        Assert.That(exception.Message, Does.Not.Contain("\n"));
    }

    private FakeDoppler InstallFake(string stdout, string stderr = "", int exitCode = 0)
    {
        var doppler = FakeDoppler.Create(_temp.Path, stdout, stderr, exitCode);
        _environment.Set("PATH", doppler.BinDirectory + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"));
        return doppler;
    }

    private ICakeContext Context() => RealCakeContext.Create(_log, _workingDirectory);
}
