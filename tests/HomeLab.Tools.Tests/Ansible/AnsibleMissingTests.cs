using Cake.Core;
using Cake.Core.IO;
using HomeLab.Testing;
using HomeLab.Tools.Ansible;

namespace HomeLab.Tools.Tests.Ansible;

/// <summary>
/// Without ansible every command fails with one line naming the executable, the layers and the fix; with an
/// executable that must not run (a fake that fails the test if it does), missing inputs and secrets on the command
/// line are refused before anything starts.
/// </summary>
public class AnsibleMissingTests
{
    private const string Hint = "L3 and L4 need it: apt-get install ansible-core (or pipx install ansible-core), or set ToolPath in the Ansible settings.";
    private const string Secret = "ansible-missing-secret-8d1e";

    private TempDirectory _temp = null!;
    private EnvironmentScope _scope = null!;
    private CapturingLog _log = null!;
    private ICakeContext _context = null!;
    private string _playbook = null!;
    private string _neverRun = null!;

    [SetUp]
    public void SetUp()
    {
        _temp = new TempDirectory();
        _scope = new EnvironmentScope();
        _scope.Set("PATH", _temp.Directory("empty-bin"));
        _log = new CapturingLog();
        _context = RealCakeContext.Create(_log, _temp.Path);
        _playbook = _temp.File("site.yaml", "- hosts: all\n  tasks: []\n");
        _neverRun = _temp.File("bin/ansible-playbook", "#!/bin/sh\necho 'must not run' >&2\nexit 99\n");
    }

    [TearDown]
    public void TearDown()
    {
        _scope.Dispose();
        _temp.Dispose();
    }

    [Test]
    public void Every_command_gives_one_line_naming_the_executable()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Message(() => _context.AnsiblePlaybook(new AnsiblePlaybookSettings { Playbook = _playbook })),
                Is.EqualTo("ansible-playbook was not found on PATH; " + Hint));
            Assert.That(Message(() => _context.AnsibleInventory()), Is.EqualTo("ansible-inventory was not found on PATH; " + Hint));
            Assert.That(Message(() => _context.AnsibleVersion()), Is.EqualTo("ansible-playbook was not found on PATH; " + Hint));
            Assert.That(Message(() => _context.AnsiblePlaybook(new AnsiblePlaybookSettings { Playbook = _playbook, ToolPath = _temp.Combine("opt", "ansible-playbook") })),
                Is.EqualTo($"ansible-playbook was not found at {_temp.Combine("opt", "ansible-playbook")} (ToolPath); L3 and L4 need it: " +
                           "apt-get install ansible-core (or pipx install ansible-core), or fix ToolPath."));
        });
    }

    [Test]
    public void Availability_is_answered_without_running_anything()
    {
        Assert.That(_context.AnsibleIsAvailable(), Is.False);
        Assert.That(_context.AnsibleInventoryIsAvailable(), Is.False);
        Assert.That(_context.AnsibleIsAvailable(new FilePath(_temp.Combine("opt", "ansible-playbook"))), Is.False);
        Assert.That(_context.AnsibleIsAvailable(new FilePath(_neverRun)), Is.True);
    }

    [Test]
    public void Missing_inputs_are_named_before_ansible_runs()
    {
        var config = _temp.Combine("nowhere", "ansible.cfg");
        var inventory = _temp.Combine("nowhere", "inventory");
        var playbook = _temp.Combine("nowhere.yaml");

        Assert.Multiple(() =>
        {
            Assert.That(Message(() => _context.AnsiblePlaybook(Settings(s => s.Playbook = playbook))),
                Is.EqualTo($"The playbook {playbook} does not exist."));
            Assert.That(Message(() => _context.AnsiblePlaybook(Settings(s => s.Inventories.Add(new DirectoryPath(inventory))))),
                Is.EqualTo($"The inventory {inventory} does not exist; check the Inventories of the Ansible settings."));
            Assert.That(Message(() => _context.AnsiblePlaybook(Settings(s => s.ConfigFile = config))),
                Is.EqualTo($"The Ansible config {config} does not exist; check AnsibleSettings.ConfigFile."));
            Assert.That(_log.Messages, Has.None.StartsWith("Executing: "));
        });
    }

    [Test]
    public void A_secret_put_on_the_command_line_is_refused_before_ansible_runs_and_leaves_no_file()
    {
        var runTemp = _temp.Directory("run-tmp");
        var settings = Settings(s =>
        {
            s.Limit = Secret;
            s.TempDirectory = runTemp;
        }).WithSecretExtraVar("api_token", Secret);

        var message = Message(() => _context.AnsiblePlaybook(settings));

        Assert.That(message, Is.EqualTo(
            "An ansible argument holds the value of the secret api_token; pass secrets as SecretExtraVars (the -e @file) or SecretEnvironmentVariables, never on the command line."));
        Assert.That(_log.Messages, Has.None.StartsWith("Executing: "));
        Assert.That(Directory.EnumerateFileSystemEntries(runTemp), Is.Empty, "the extra-vars file was deleted");
    }

    private AnsiblePlaybookSettings Settings(Action<AnsiblePlaybookSettings> change)
    {
        var settings = new AnsiblePlaybookSettings { Playbook = _playbook, ToolPath = _neverRun };
        change(settings);
        return settings;
    }

    private static string Message(TestDelegate action) => Assert.Throws<CakeException>(action)!.Message;
}
