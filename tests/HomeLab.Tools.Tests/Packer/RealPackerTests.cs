using System.Diagnostics;
using Cake.Core;
using Cake.Core.IO;
using Path = System.IO.Path;
using HomeLab.Testing;
using HomeLab.Tools.Packer;

namespace HomeLab.Tools.Tests.Packer;

/// <summary>
/// The real packer from apt (Debian's is 1.6.6): a null-builder template with a shell-local provisioner and the
/// manifest post-processor, validated and built twice, then the manifest read back.
/// </summary>
[Platform(Exclude = "Win", Reason = "The template's provisioner is a POSIX shell script.")]
public class RealPackerTests
{
    private const string TokenSecret = "5f0c1a2b-real-token-9a1b";
    private const string ProbeSecret = "probe-secret-77c3e1";

    private const string TemplateText = """
        variable "pm_token_secret" {
          type      = string
          default   = ""
          sensitive = true
        }

        variable "run_label" {
          type    = string
          default = "none"
        }

        source "null" "lab" {
          communicator = "none"
        }

        build {
          sources = ["source.null.lab"]

          provisioner "shell-local" {
            inline = [
              "printf '%s' '${var.pm_token_secret}' > var-secret.txt",
              "printf '%s' \"$LAB_SECRET_PROBE\" > env-secret.txt",
              "echo probe=$LAB_SECRET_PROBE",
              "echo label=${var.run_label}",
            ]
          }

          post-processor "manifest" {
            output      = "packer-manifest.json"
            custom_data = {
              run_label = var.run_label
            }
          }
        }
        """;

    private TempDirectory _temp = null!;
    private EnvironmentScope _scope = null!;
    private CapturingLog _log = null!;
    private string _templateDirectory = null!;
    private ICakeContext _context = null!;

    private DirectoryPath Template => new(_templateDirectory);

    [SetUp]
    public void SetUp()
    {
        _temp = new TempDirectory();
        _scope = new EnvironmentScope();
        _scope.Set("PM_TOKEN_SECRET", null).Set("PKR_VAR_pm_token_secret", null).Set("LAB_SECRET_PROBE", null);
        _log = new CapturingLog();
        _templateDirectory = _temp.Directory("lab", "packer");
        _temp.File("lab/packer/lab.pkr.hcl", TemplateText);
        _context = RealCakeContext.Create(_log, _temp.Combine("lab"));
        if (_context.Tools.Resolve("packer") is null)
        {
            Assert.Fail("packer is not installed: these tests run the real packer (apt-get install packer).");
        }
    }

    [TearDown]
    public void TearDown()
    {
        _scope.Dispose();
        _temp.Dispose();
    }

    [Test]
    public void The_detected_version_is_the_one_packer_prints()
    {
        var version = _context.PackerVersion();

        Assert.That(RunPackerVersionDirectly(), Does.Contain($"Packer v{version}"));
    }

    [Test]
    public void Init_runs_only_where_the_installed_packer_has_it()
    {
        var version = _context.PackerVersion();

        var ran = _context.PackerInitIfSupported(Template, version: version);

        Assert.That(ran, Is.EqualTo(version >= new Version(1, 7, 0)));
        if (!ran)
        {
            Assert.That(_log.Messages, Does.Contain(
                $"Skipping packer init: packer {version} has no init command (it came in packer 1.7.0), " +
                "so the plugins the template needs must already be installed."));
        }
    }

    [Test]
    public void Validate_then_build_twice_and_the_manifest_gives_the_last_run()
    {
        var settings = new PackerBuildSettings()
            .WithSecretEnvironmentVariable("PKR_VAR_pm_token_secret", TokenSecret)
            .WithSecretEnvironmentVariable("LAB_SECRET_PROBE", ProbeSecret);

        _context.PackerValidate(Template, new PackerValidateSettings()
            .WithSecretEnvironmentVariable("PKR_VAR_pm_token_secret", TokenSecret));
        _context.PackerBuild(Template, settings.WithVariable("run_label", "first"));
        _context.PackerBuild(Template, settings.WithVariable("run_label", "second"));

        var manifest = _context.PackerReadManifest(new FilePath("packer/packer-manifest.json"));
        Assert.That(manifest.Builds.Select(b => b.CustomData["run_label"]), Is.EqualTo(new[] { "first", "second" }));
        Assert.That(manifest.Builds.Select(b => b.PackerRunUuid).Distinct().Count(), Is.EqualTo(2));
        var last = manifest.SelectBuild();
        Assert.That(last.CustomData["run_label"], Is.EqualTo("second"));
        Assert.That(last.PackerRunUuid, Is.EqualTo(manifest.LastRunUuid));
        Assert.That(last.BuilderType, Is.EqualTo("null"));
        Assert.That(last.Name, Is.EqualTo("lab"));
        Assert.That(last.Vmid, Is.Null, "the null builder makes no VM");

        // The secrets reached packer through its environment...
        Assert.That(File.ReadAllText(Path.Combine(_templateDirectory, "var-secret.txt")), Is.EqualTo(TokenSecret));
        Assert.That(File.ReadAllText(Path.Combine(_templateDirectory, "env-secret.txt")), Is.EqualTo(ProbeSecret));

        // ...and never reached the log, though packer echoed one of them.
        Assert.That(_log.Messages, Has.Some.EndsWith("probe=[REDACTED]"));
        Assert.That(_log.Messages, Has.Some.EndsWith("label=second"));
        Assert.That(_log.AllText, Does.Not.Contain(TokenSecret).And.Not.Contain(ProbeSecret));
        var commandLines = _log.Messages.Where(m => m.StartsWith("Executing: ", StringComparison.Ordinal)).ToList();
        Assert.That(commandLines, Has.Count.EqualTo(3));
        Assert.That(commandLines[1], Does.EndWith($"build -color=false -var \"run_label=first\" \"{_templateDirectory}\""));
    }

    [Test]
    public void The_null_builders_manifest_has_no_vmid_and_says_so()
    {
        _context.PackerBuild(Template);

        var manifest = _context.PackerReadManifest(new FilePath("packer/packer-manifest.json"));
        var error = Assert.Throws<CakeException>(() => manifest.SelectVmid())!;

        Assert.That(error.Message, Does.Contain("build 'lab' (null) has the artifact_id 'Null', which is not a Proxmox VMID"));
    }

    [Test]
    public void An_invalid_template_fails_validate_with_packers_error_line()
    {
        var error = Assert.Throws<CakeException>(() =>
            _context.PackerValidate(Template, new PackerValidateSettings().WithVariable("no_such_variable", "1")))!;

        Assert.That(error.Message, Is.EqualTo(
            "packer validate failed (exit code 1): Error: Undefined -var variable. The full output is in the log above."));
    }

    [Test]
    public void A_failing_provisioner_fails_the_build_with_the_errored_line()
    {
        _temp.File("lab/packer/lab.pkr.hcl", TemplateText.Replace("\"echo label=${var.run_label}\",", "\"exit 3\","));

        var error = Assert.Throws<CakeException>(() => _context.PackerBuild(Template))!;

        Assert.That(error.Message, Does.StartWith("packer build failed (exit code 1): Build 'null.lab' errored"));
        Assert.That(error.Message, Does.Contain("non-zero exit status: 3"));
        Assert.That(error.Message, Does.Not.Contain("\n"));
        Assert.That(File.Exists(Path.Combine(_templateDirectory, "packer-manifest.json")), Is.False);
    }

    private static string RunPackerVersionDirectly()
    {
        var start = new ProcessStartInfo("packer", "version") { RedirectStandardOutput = true, UseShellExecute = false };
        start.Environment["CHECKPOINT_DISABLE"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
