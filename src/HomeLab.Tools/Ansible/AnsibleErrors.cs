using Cake.Core;

namespace HomeLab.Tools.Ansible;

/// <summary>The one-line errors of the ansible wrapper. None of them may carry a secret value.</summary>
internal static class AnsibleErrors
{
    private const string Layers = "L3 and L4 need it";
    private const string InstallHint = "apt-get install ansible-core (or pipx install ansible-core)";
    private const int MaxDetailLength = 400;
    private const int MaxHostsNamed = 10;

    public static CakeException NotFound(string executable, string? configuredPath) => configuredPath is null
        ? new CakeException($"{executable} was not found on PATH; {Layers}: {InstallHint}, or set ToolPath in the Ansible settings.")
        : new CakeException($"{executable} was not found at {configuredPath} (ToolPath); {Layers}: {InstallHint}, or fix ToolPath.");

    public static CakeException PlaybookNotSet() =>
        new("AnsiblePlaybookSettings.Playbook is not set; name the playbook to run, e.g. ansible/l3/converge.yaml.");

    public static CakeException PlaybookMissing(string path) => new($"The playbook {path} does not exist.");

    public static CakeException InventoryMissing(string path) =>
        new($"The inventory {path} does not exist; check the Inventories of the Ansible settings.");

    public static CakeException ConfigMissing(string path) =>
        new($"The Ansible config {path} does not exist; check AnsibleSettings.ConfigFile.");

    public static CakeException ColourConflict() =>
        new("OutputIsTerminal (ANSIBLE_FORCE_COLOR) and NoColor (ANSIBLE_NOCOLOR) are both set; set one of them.");

    public static CakeException NegativeForks(int value) => new($"Forks must be 0 (ansible's default, 5) or more, not {value}.");

    public static CakeException VerbosityOutOfRange(int value) => new($"Verbosity must be 0 to 6 (-v to -vvvvvv), not {value}.");

    public static CakeException BadExtraVarName(string name) => new(
        $"The extra var name \"{name}\" is not a valid Ansible variable name (letters, digits and _, not starting with a digit).");

    public static CakeException ExtraVarTwice(string name) =>
        new($"The extra var {name} is in both ExtraVars and SecretExtraVars; keep it in one of them.");

    public static CakeException SecretOnCommandLine(string name) => new(
        $"An ansible argument holds the value of the secret {name}; pass secrets as SecretExtraVars (the -e @file) or SecretEnvironmentVariables, never on the command line.");

    public static CakeException CommandFailed(string command, int exitCode, string? detail, bool logged) =>
        new(exitCode, $"{command} failed (exit code {exitCode}): {Shorten(detail ?? "ansible printed nothing")}.{Where(logged)}");

    /// <summary>e.g. "ansible-playbook ansible/l3/converge.yaml failed (exit code 4): failed: web2; unreachable: gone."</summary>
    public static string HostsFailed(string command, int exitCode, IReadOnlyList<string> failed, IReadOnlyList<string> unreachable, bool logged)
    {
        var parts = new List<string>();
        if (failed.Count > 0)
        {
            parts.Add("failed: " + Names(failed));
        }

        if (unreachable.Count > 0)
        {
            parts.Add("unreachable: " + Names(unreachable));
        }

        return $"{command} failed (exit code {exitCode}): {string.Join("; ", parts)}.{Where(logged)}";
    }

    public static CakeException NotJson(string command, string what, string reason) =>
        new($"{command} printed no readable {what} ({reason}); check that ansible-core is installed and the inventory is valid.");

    public static CakeException NoVersion(string path) =>
        new($"`ansible-playbook --version` printed no version; check that {path} is ansible-core's.");

    private static string Where(bool logged) => logged ? " The full output is in the log above." : string.Empty;

    private static string Names(IReadOnlyList<string> hosts) => hosts.Count <= MaxHostsNamed
        ? string.Join(", ", hosts)
        : string.Join(", ", hosts.Take(MaxHostsNamed)) + $" and {hosts.Count - MaxHostsNamed} more";

    private static string Shorten(string line) => line.Length <= MaxDetailLength ? line : line[..MaxDetailLength] + "…";
}
