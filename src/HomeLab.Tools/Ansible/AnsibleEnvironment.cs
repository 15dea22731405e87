namespace HomeLab.Tools.Ansible;

/// <summary>The environment variables the wrapper sets for ansible, each only when the settings ask for it.</summary>
public static class AnsibleEnvironment
{
    /// <summary>The <c>ansible.cfg</c> to read (<see cref="AnsibleSettings.ConfigFile"/>).</summary>
    public const string ConfigVariable = "ANSIBLE_CONFIG";

    /// <summary>Colour even though the output is a pipe (<see cref="AnsibleSettings.OutputIsTerminal"/>).</summary>
    public const string ForceColorVariable = "ANSIBLE_FORCE_COLOR";

    /// <summary>No colour at all (<see cref="AnsibleSettings.NoColor"/>).</summary>
    public const string NoColorVariable = "ANSIBLE_NOCOLOR";

    /// <summary>Whether SSH host keys must be known (<see cref="AnsibleSettings.HostKeyChecking"/>).</summary>
    public const string HostKeyCheckingVariable = "ANSIBLE_HOST_KEY_CHECKING";

    /// <summary>The callback plugins to enable besides the stdout one; <c>junit</c> for JUnit XML.</summary>
    public const string CallbacksEnabledVariable = "ANSIBLE_CALLBACKS_ENABLED";

    /// <summary>Where the <c>junit</c> callback writes its XML files.</summary>
    public const string JUnitOutputDirectoryVariable = "JUNIT_OUTPUT_DIR";

    /// <summary>Whether the <c>junit</c> callback leaves task arguments out of test names.</summary>
    public const string JUnitHideTaskArgumentsVariable = "JUNIT_HIDE_TASK_ARGUMENTS";

    /// <summary>The name of ansible-core's built-in JUnit callback.</summary>
    public const string JUnitCallback = "junit";

    /// <summary>
    /// The variables <paramref name="settings"/> ask for, with absolute paths (made so by <paramref name="absolute"/>):
    /// the config, colour, host key checking and, for a playbook, the JUnit callback.
    /// </summary>
    internal static Dictionary<string, string> For(AnsibleSettings settings, Func<string, string> absolute)
    {
        Check(settings);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (settings.ConfigFile is { } config)
        {
            variables[ConfigVariable] = absolute(config.FullPath);
        }

        if (settings.OutputIsTerminal)
        {
            variables[ForceColorVariable] = "1";
        }

        if (settings.NoColor)
        {
            variables[NoColorVariable] = "1";
        }

        if (settings.HostKeyChecking is { } checking)
        {
            variables[HostKeyCheckingVariable] = checking ? "True" : "False";
        }

        if (settings is AnsiblePlaybookSettings { JUnitOutputDirectory: { } junit } playbook)
        {
            variables[CallbacksEnabledVariable] = JUnitCallback;
            variables[JUnitOutputDirectoryVariable] = absolute(junit.FullPath);
            variables[JUnitHideTaskArgumentsVariable] = playbook.JUnitHideTaskArguments ? "True" : "False";
        }

        return variables;
    }

    /// <summary>Fails with one line when the settings ask for colour and for none.</summary>
    internal static void Check(AnsibleSettings settings)
    {
        if (settings.OutputIsTerminal && settings.NoColor)
        {
            throw AnsibleErrors.ColourConflict();
        }
    }
}
