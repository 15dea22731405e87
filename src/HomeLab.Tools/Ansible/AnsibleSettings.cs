using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Ansible;

/// <summary>
/// Settings every ansible command shares. Ansible's output is streamed to the Cake log (or to
/// <see cref="OutputLineReceived"/>) line by line, unchanged but with secrets masked. The wrapper reads no environment
/// variable of this process: whatever ansible should get, the caller puts here.
/// </summary>
public abstract class AnsibleSettings : ToolSettings, IToolSecretSettings, IToolOutputSettings
{
    /// <summary>
    /// The <c>ansible.cfg</c> to use, handed over as <c>ANSIBLE_CONFIG</c> (the lab's, when it has one); relative paths
    /// are taken from Cake's working directory. <c>null</c> leaves ansible to its own search (<c>./ansible.cfg</c>,
    /// <c>~/.ansible.cfg</c>, <c>/etc/ansible/ansible.cfg</c>).
    /// </summary>
    public FilePath? ConfigFile { get; set; }

    /// <summary>
    /// Variables handed to ansible through its environment and masked wherever ansible prints them, for playbooks that
    /// read them with <c>lookup('env', 'NAME')</c>. They are never put on the command line; a run whose arguments hold
    /// one of their values is refused.
    /// </summary>
    public IDictionary<string, string> SecretEnvironmentVariables { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Masks secrets this wrapper does not know about (e.g. <c>SecretRedactor.Redact</c> after Doppler loaded them).
    /// It runs after the wrapper's own secrets have been masked.
    /// </summary>
    public Func<string, string>? Redact { get; set; }

    /// <summary>
    /// Say that the output ends up on a terminal: sets <c>ANSIBLE_FORCE_COLOR=1</c>, because ansible writes to a pipe
    /// here and would print no colour otherwise. Leave it off for files and CI logs.
    /// </summary>
    public bool OutputIsTerminal { get; set; }

    /// <summary>Turn ansible's colour off whatever its config says (<c>ANSIBLE_NOCOLOR=1</c>).</summary>
    public bool NoColor { get; set; }

    /// <summary>
    /// <c>ANSIBLE_HOST_KEY_CHECKING</c>: <c>false</c> accepts unknown SSH host keys, <c>true</c> insists on known
    /// ones; <c>null</c> (the default) leaves it to the config.
    /// </summary>
    public bool? HostKeyChecking { get; set; }

    /// <summary>How verbose the log must be for ansible's output lines to show; <see cref="Verbosity.Normal"/> by default.</summary>
    public Verbosity OutputVerbosity { get; set; } = Verbosity.Normal;

    /// <summary>
    /// Write ansible's output lines to the Cake log (the default). Set it to false, with
    /// <see cref="OutputLineReceived"/>, to collect the output and print it elsewhere. The last lines are kept for the
    /// error message either way.
    /// </summary>
    public bool LogOutput { get; set; } = true;

    /// <summary>
    /// Called with each output line, already masked, whether or not it is logged. The JSON that
    /// <c>ansible-inventory --list</c> prints is parsed instead, and never reaches it.
    /// </summary>
    public Action<string>? OutputLineReceived { get; set; }

    /// <summary>Every secret these settings hold, by name, for masking and for the command-line check.</summary>
    internal virtual IEnumerable<KeyValuePair<string, string>> NamedSecrets() => SecretEnvironmentVariables;
}
