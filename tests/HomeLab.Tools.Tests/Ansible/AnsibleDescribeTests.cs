using Cake.Core;
using Cake.Core.IO;
using HomeLab.Testing;
using HomeLab.Tools.Ansible;

namespace HomeLab.Tools.Tests.Ansible;

/// <summary>
/// The commands the settings produce, read through AnsibleDescribe without running anything, so that they hold
/// whether or not ansible is installed (a dry run prints them).
/// </summary>
public class AnsibleDescribeTests
{
    private const string Secret = "ansible-describe-secret-31c9";

    private TempDirectory _temp = null!;
    private EnvironmentScope _scope = null!;
    private ICakeContext _context = null!;
    private string _lab = null!;

    [SetUp]
    public void SetUp()
    {
        _temp = new TempDirectory();
        _scope = new EnvironmentScope();
        _scope.Set("PATH", _temp.Directory("empty-bin"));
        _lab = _temp.Directory("lab");
        _context = RealCakeContext.Create(new CapturingLog(), _lab);
    }

    [TearDown]
    public void TearDown()
    {
        _scope.Dispose();
        _temp.Dispose();
    }

    [Test]
    public void A_playbook_passes_every_option_with_the_inventories_in_order_and_the_playbook_last()
    {
        var settings = new AnsiblePlaybookSettings
        {
            Playbook = new FilePath("ansible/l3/converge.yaml"),
            Inventories = { new FilePath("artifacts/l3/inventory.l2.yaml"), new DirectoryPath("ansible/inventory") },
            Tags = ["l3", " step_docker ", ""],
            SkipTags = ["step_slow"],
            Limit = "carrie:misery",
            Check = true,
            Diff = true,
            Forks = 1,
            Verbosity = 3,
            ListHosts = true,
            ListTasks = true,
            TempDirectory = new DirectoryPath("/run/tmp"),
        }.WithExtraVar("converge_group", "ubuntu_docker");

        var command = _context.AnsibleDescribe(settings);

        Assert.That(command.Arguments, Is.EqualTo(
            $"-i \"{_lab}/artifacts/l3/inventory.l2.yaml\" -i \"{_lab}/ansible/inventory\" -e \"@/run/tmp/homelab-ansible-<run>/extra-vars.json\" " +
            "--tags \"l3,step_docker\" --skip-tags \"step_slow\" --limit \"carrie:misery\" --check --diff --forks 1 -vvv " +
            $"--list-hosts --list-tasks \"{_lab}/ansible/l3/converge.yaml\""));
        Assert.That(command.Program, Is.EqualTo("ansible-playbook"), "ansible is not on PATH here");
        Assert.That(command.WorkingDirectory, Is.EqualTo(_lab));
    }

    [Test]
    public void A_bare_playbook_run_has_no_options_and_no_extra_vars_file()
    {
        var command = _context.AnsibleDescribe(new AnsiblePlaybookSettings { Playbook = new FilePath("site.yaml") });

        Assert.That(command.Arguments, Is.EqualTo($"\"{_lab}/site.yaml\""));
        Assert.That(command.ExtraVars, Is.Empty);
        Assert.That(command.EnvironmentVariableNames, Is.Empty);
        Assert.That(command.ToString(), Is.EqualTo($"ansible-playbook \"{_lab}/site.yaml\" (in {_lab}; environment: none)"));
    }

    [Test]
    public void The_environment_is_named_and_extra_vars_are_shown_with_secret_values_redacted()
    {
        var settings = new AnsiblePlaybookSettings
        {
            Playbook = new FilePath("ansible/l4/converge.yaml"),
            ConfigFile = new FilePath("ansible.cfg"),
            OutputIsTerminal = true,
            HostKeyChecking = false,
            JUnitOutputDirectory = new DirectoryPath("artifacts/l4/junit"),
        }
            .WithExtraVar("converge_group", "flagg")
            .WithExtraVar("force_reboot", false)
            .WithExtraVar("ports", new[] { 80, 443 })
            .WithSecretExtraVar("cloudflare_token", Secret)
            .WithSecretEnvironmentVariable("GATUS_TOKEN", Secret + "-env")
            .WithEnvironmentVariable("LAB_NAME", "home");
        settings.ArgumentCustomization = arguments => arguments.AppendSecret(Secret).Append("-e").AppendQuoted("note=" + Secret);

        var command = _context.AnsibleDescribe(settings);

        Assert.Multiple(() =>
        {
            Assert.That(command.EnvironmentVariableNames, Is.EqualTo(new[]
            {
                "ANSIBLE_CALLBACKS_ENABLED", "ANSIBLE_CONFIG", "ANSIBLE_FORCE_COLOR", "ANSIBLE_HOST_KEY_CHECKING", "GATUS_TOKEN",
                "JUNIT_HIDE_TASK_ARGUMENTS", "JUNIT_OUTPUT_DIR", "LAB_NAME",
            }));
            Assert.That(command.ExtraVars, Is.EqualTo(new[]
            {
                "converge_group=flagg", "force_reboot=false", "ports=[80,443]", "cloudflare_token=[REDACTED]",
            }));
            Assert.That(command.Arguments, Does.EndWith("converge.yaml\" [REDACTED] -e \"note=[REDACTED]\""));
            Assert.That(command.ToString(), Does.EndWith(
                "; extra vars: converge_group=flagg, force_reboot=false, ports=[80,443], cloudflare_token=[REDACTED])"));
            Assert.That(command.ToString(), Does.Not.Contain(Secret));
        });
    }

    [Test]
    public void The_environment_holds_what_the_settings_ask_for()
    {
        var settings = new AnsiblePlaybookSettings
        {
            Playbook = new FilePath("site.yaml"),
            ConfigFile = new FilePath("ansible.cfg"),
            NoColor = true,
            HostKeyChecking = true,
            JUnitOutputDirectory = new DirectoryPath("artifacts/l3"),
            JUnitHideTaskArguments = false,
        };

        var variables = AnsibleEnvironment.For(settings, path => System.IO.Path.Combine("/lab", path));

        Assert.That(variables, Is.EqualTo(new Dictionary<string, string>
        {
            ["ANSIBLE_CONFIG"] = "/lab/ansible.cfg",
            ["ANSIBLE_NOCOLOR"] = "1",
            ["ANSIBLE_HOST_KEY_CHECKING"] = "True",
            ["ANSIBLE_CALLBACKS_ENABLED"] = "junit",
            ["JUNIT_OUTPUT_DIR"] = "/lab/artifacts/l3",
            ["JUNIT_HIDE_TASK_ARGUMENTS"] = "False",
        }));
    }

    [Test]
    public void The_inventory_and_version_commands()
    {
        var inventory = new AnsibleInventorySettings { Limit = "webs" }.WithInventory(new DirectoryPath("ansible/inventory"));

        Assert.That(_context.AnsibleDescribe(inventory).Arguments, Is.EqualTo($"-i \"{_lab}/ansible/inventory\" --list --limit \"webs\""));
        Assert.That(_context.AnsibleDescribe(inventory).Program, Is.EqualTo("ansible-inventory"));
        Assert.That(_context.AnsibleDescribe(new AnsibleVersionSettings()).CommandLine, Is.EqualTo("ansible-playbook --version"));
    }

    [TestCase(-1, 0, "Forks must be 0 (ansible's default, 5) or more, not -1.")]
    [TestCase(0, 7, "Verbosity must be 0 to 6 (-v to -vvvvvv), not 7.")]
    [TestCase(0, -1, "Verbosity must be 0 to 6 (-v to -vvvvvv), not -1.")]
    public void Options_out_of_range_are_one_line(int forks, int verbosity, string message)
    {
        var settings = new AnsiblePlaybookSettings { Playbook = new FilePath("site.yaml"), Forks = forks, Verbosity = verbosity };

        Assert.That(Assert.Throws<CakeException>(() => _context.AnsibleDescribe(settings))!.Message, Is.EqualTo(message));
    }

    [Test]
    public void Extra_vars_colour_and_the_playbook_are_checked()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Message(Site().WithExtraVar("converge-group", "x")), Is.EqualTo(
                "The extra var name \"converge-group\" is not a valid Ansible variable name (letters, digits and _, not starting with a digit)."));
            Assert.That(Message(Site().WithExtraVar("token", "x").WithSecretExtraVar("token", Secret)), Is.EqualTo(
                "The extra var token is in both ExtraVars and SecretExtraVars; keep it in one of them."));
            var colour = Site();
            colour.OutputIsTerminal = true;
            colour.NoColor = true;
            Assert.That(Message(colour), Is.EqualTo(
                "OutputIsTerminal (ANSIBLE_FORCE_COLOR) and NoColor (ANSIBLE_NOCOLOR) are both set; set one of them."));
            Assert.That(Message(new AnsiblePlaybookSettings()), Is.EqualTo(
                "AnsiblePlaybookSettings.Playbook is not set; name the playbook to run, e.g. ansible/l3/converge.yaml."));
        });
    }

    private static AnsiblePlaybookSettings Site() => new() { Playbook = new FilePath("site.yaml") };

    private string Message(AnsiblePlaybookSettings settings) =>
        Assert.Throws<CakeException>(() => _context.AnsibleDescribe(settings))!.Message;
}
