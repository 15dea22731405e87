using Cake.Core.IO;
using Path = Cake.Core.IO.Path;

namespace HomeLab.Tools.Ansible;

/// <summary>
/// Settings for <c>ansible-playbook</c>. Extra vars, plain and secret, reach ansible through a JSON file
/// (<c>-e @file</c>) that only this user can read and that is deleted when the run ends, so no value is ever on the
/// command line; the log and <see cref="AnsibleCommand"/> show each one as <c>name=value</c>, secrets as
/// <c>[REDACTED]</c>.
/// </summary>
public sealed class AnsiblePlaybookSettings : AnsibleSettings
{
    /// <summary>The playbook to run (required); relative paths are taken from Cake's working directory.</summary>
    public FilePath? Playbook { get; set; }

    /// <summary>
    /// Inventory sources, each passed as <c>-i</c> in this order (a later one wins where they overlap): a
    /// <see cref="FilePath"/> or a <see cref="DirectoryPath"/>, relative ones taken from Cake's working directory.
    /// Empty leaves ansible to its config's <c>inventory</c>.
    /// </summary>
    public IList<Path> Inventories { get; set; } = new List<Path>();

    /// <summary>Run only tasks with these tags (<c>--tags "a,b"</c>).</summary>
    public IList<string> Tags { get; set; } = new List<string>();

    /// <summary>Skip tasks with these tags (<c>--skip-tags "a,b"</c>).</summary>
    public IList<string> SkipTags { get; set; } = new List<string>();

    /// <summary>Limit the run to a host pattern (<c>--limit "pattern"</c>), e.g. <c>carrie</c> or <c>ubuntu:!flagg</c>.</summary>
    public string? Limit { get; set; }

    /// <summary>Change nothing, report what would change (<c>--check</c>).</summary>
    public bool Check { get; set; }

    /// <summary>Show the differences in files and templates (<c>--diff</c>); with <see cref="Check"/> it changes nothing.</summary>
    public bool Diff { get; set; }

    /// <summary>How many hosts are worked on at once (<c>--forks N</c>); 0 leaves ansible's default (5).</summary>
    public int Forks { get; set; }

    /// <summary>Ansible's own verbosity: 1 passes <c>-v</c>, 2 <c>-vv</c>, up to 6; 0 (the default) passes none.</summary>
    public int Verbosity { get; set; }

    /// <summary>List the hosts each play would run on, and run nothing (<c>--list-hosts</c>).</summary>
    public bool ListHosts { get; set; }

    /// <summary>List the tasks each play would run, and run nothing (<c>--list-tasks</c>).</summary>
    public bool ListTasks { get; set; }

    /// <summary>
    /// Extra vars that are not secret, written to the extra-vars file. A value may be a string, a number, a bool, a
    /// list or anything else <c>System.Text.Json</c> can write; the log shows it, e.g. <c>converge_group=webs</c>.
    /// </summary>
    public IDictionary<string, object?> ExtraVars { get; set; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>
    /// Extra vars that are secret: written to the extra-vars file like the others, shown as <c>name=[REDACTED]</c> and
    /// masked wherever ansible prints their values (and in the JUnit files of the run). A name may not be in both.
    /// </summary>
    public IDictionary<string, string> SecretExtraVars { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Where the run's private folder for the extra-vars file is created (mode 0700, the file 0600, both deleted when
    /// the run ends, also when it fails). <c>null</c> uses the system's temp folder.
    /// </summary>
    public DirectoryPath? TempDirectory { get; set; }

    /// <summary>
    /// Write JUnit XML here with ansible-core's built-in <c>junit</c> callback (<c>ANSIBLE_CALLBACKS_ENABLED=junit</c>,
    /// <c>JUNIT_OUTPUT_DIR</c>); the folder is created. <c>null</c> writes none.
    /// </summary>
    public DirectoryPath? JUnitOutputDirectory { get; set; }

    /// <summary>
    /// Leave the tasks' arguments out of the JUnit test names (<c>JUNIT_HIDE_TASK_ARGUMENTS</c>); on by default, since
    /// the files are CI artifacts.
    /// </summary>
    public bool JUnitHideTaskArguments { get; set; } = true;

    /// <summary>
    /// Called once with the run's result (exit code, recap, listing) as soon as ansible has exited, before a failed run
    /// throws: the place to print the recap table and write <c>recap.json</c> whatever the outcome.
    /// </summary>
    public Action<AnsiblePlaybookResult>? ResultReceived { get; set; }

    /// <inheritdoc />
    internal override IEnumerable<KeyValuePair<string, string>> NamedSecrets() => base.NamedSecrets().Concat(SecretExtraVars);
}
