using Cake.Core;
using Cake.Core.IO;
using HomeLab.Secrets.Tests.Support;
using HomeLab.Testing;

namespace HomeLab.Secrets.Tests;

/// <summary>Download and load through a fake doppler: values land in the process environment and reach child processes.</summary>
[NonParallelizable]
[Platform(Exclude = "Win", Reason = "The fake doppler is a bash script.")]
public class DopplerLoadSecretsTests
{
    private const string SecretsJson = """
        {
          "PM_TOKEN_ID": "gitops@pve!gitops",
          "PM_TOKEN_SECRET": "5f0c-secret-value-9a1b",
          "PVE_NODE": "polaris",
          "DOPPLER_PROJECT": "homelab",
          "DOPPLER_CONFIG": "dev",
          "DOPPLER_ENVIRONMENT": "dev"
        }
        """;

    private static readonly string[] Touched =
        ["PATH", "PM_TOKEN_ID", "PM_TOKEN_SECRET", "PVE_NODE", "DOPPLER_PROJECT", "DOPPLER_CONFIG", "DOPPLER_ENVIRONMENT", "DOPPLER_TOKEN"];

    private TempDirectory _temp = null!;
    private EnvironmentScope _environment = null!;
    private CapturingLog _log = null!;

    [SetUp]
    public void SetUp()
    {
        _temp = new TempDirectory();
        _environment = new EnvironmentScope(Touched);
        foreach (var name in Touched.Where(n => n != "PATH"))
        {
            _environment.Set(name, null);
        }

        _log = new CapturingLog();
        var doppler = FakeDoppler.Create(_temp.Path, SecretsJson);
        _environment.Set("PATH", doppler.BinDirectory + System.IO.Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"));
    }

    [TearDown]
    public void TearDown()
    {
        _environment.Dispose();
        _temp.Dispose();
    }

    [Test]
    public void Loaded_secrets_override_the_shell_and_skip_dopplers_meta_keys()
    {
        _environment.Set("PM_TOKEN_ID", "shell@pam!old").Set("DOPPLER_CONFIG", "shell-config");
        var context = Context();

        var loaded = context.DopplerLoadSecrets();

        Assert.That(Environment.GetEnvironmentVariable("PM_TOKEN_ID"), Is.EqualTo("gitops@pve!gitops"));
        Assert.That(Environment.GetEnvironmentVariable("PM_TOKEN_SECRET"), Is.EqualTo("5f0c-secret-value-9a1b"));
        Assert.That(context.Environment.GetEnvironmentVariable("PVE_NODE"), Is.EqualTo("polaris"));
        Assert.That(Environment.GetEnvironmentVariable("DOPPLER_CONFIG"), Is.EqualTo("shell-config"));
        Assert.That(Environment.GetEnvironmentVariable("DOPPLER_PROJECT"), Is.Null);
        Assert.That(loaded.Names, Is.EqualTo(new[] { "PM_TOKEN_ID", "PM_TOKEN_SECRET", "PVE_NODE" }));
        Assert.That(loaded.SkippedNames, Is.EqualTo(new[] { "DOPPLER_CONFIG", "DOPPLER_ENVIRONMENT", "DOPPLER_PROJECT" }));
    }

    [Test]
    public void The_summary_lists_sorted_names_and_no_values()
    {
        var loaded = Context().DopplerLoadSecrets();

        Assert.That(loaded.Summary, Is.EqualTo("Doppler: 3 secrets loaded (PM_TOKEN_ID, PM_TOKEN_SECRET, PVE_NODE)"));
        Assert.That(loaded.Summary, Does.Not.Contain("5f0c").And.Not.Contain("polaris").And.Not.Contain("gitops@"));
    }

    [Test]
    public void Child_processes_started_afterwards_see_the_loaded_values()
    {
        var context = Context();
        context.DopplerLoadSecrets();
        var probe = _temp.Combine("print-secret");
        Executable.WriteScript(probe, "#!/bin/bash\nprintf '%s\\n' \"$PM_TOKEN_SECRET\"\n");
        string? seen = null;

        var process = context.ProcessRunner.Start(new FilePath(probe), new ProcessSettings
        {
            RedirectStandardOutput = true,
            RedirectedStandardOutputHandler = line =>
            {
                seen ??= line;
                return null!;
            },
        });
        process.WaitForExit();

        Assert.That(seen, Is.EqualTo("5f0c-secret-value-9a1b"));
    }

    [Test]
    public void The_redactor_learns_the_loaded_values()
    {
        var redactor = new SecretRedactor();

        Context().DopplerLoadSecrets(redactor: redactor);

        Assert.That(
            redactor.Redact("id=gitops@pve!gitops secret=5f0c-secret-value-9a1b node=polaris"),
            Is.EqualTo("id=[REDACTED] secret=[REDACTED] node=[REDACTED]"));
        Assert.That(redactor.Redact("config=dev"), Is.EqualTo("config=dev"), "meta values are not secrets and dev is too short anyway");
    }

    private ICakeContext Context() => RealCakeContext.Create(_log, Directory.CreateDirectory(_temp.Combine("lab")).FullName);
}
