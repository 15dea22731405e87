using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Ansible;

/// <summary>
/// Runs <c>ansible-playbook</c>: extra vars through a private file that is deleted afterwards, the live output
/// streamed unchanged (secrets masked), and the PLAY RECAP read into a table. A failed or unreachable host fails the
/// run with one line naming it.
/// </summary>
public sealed class AnsiblePlaybookRunner : AnsibleRunner<AnsiblePlaybookSettings>
{
    /// <summary>The exit code ansible-playbook gives when a task failed on a host.</summary>
    public const int FailedHostsExitCode = 2;

    /// <summary>The exit code ansible-playbook gives when a host was unreachable.</summary>
    public const int UnreachableHostsExitCode = 4;

    private bool _delivered;

    /// <summary>Creates the runner from Cake's services.</summary>
    public AnsiblePlaybookRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools, log)
    {
    }

    private protected override string Executable => "ansible-playbook";

    /// <summary>
    /// Runs <c>ansible-playbook [-i "inventory"]… [-e "@extra-vars.json"] [--tags "…"] [--skip-tags "…"]
    /// [--limit "…"] [--check] [--diff] [--forks N] [-v…] [--list-hosts] [--list-tasks] "playbook"</c>.
    /// </summary>
    /// <returns>The exit code, the recap and, for a listing, what it listed.</returns>
    /// <exception cref="CakeException">
    /// A host failed or was unreachable (the message names them), or ansible failed, unless
    /// <see cref="ToolSettings.HandleExitCode"/> took the exit code; or ansible-playbook, the playbook, an inventory or
    /// the config is missing, or an option is invalid. <see cref="AnsiblePlaybookSettings.ResultReceived"/> has had the
    /// result, recap included, before a failed run throws.
    /// </exception>
    public AnsiblePlaybookResult Run(AnsiblePlaybookSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _delivered = false;
        Prepare(settings);
        var junit = settings.JUnitOutputDirectory is { } folder
            ? AnsibleJUnitFiles.Prepare(folder.MakeAbsolute(CakeEnvironment).FullPath)
            : null;
        AnsibleExtraVarsFile? extraVars = null;
        try
        {
            if (AnsibleExtraVars.Any(settings))
            {
                extraVars = AnsibleExtraVarsFile.Write(TempDirectoryFor(settings), AnsibleExtraVars.ToJson(settings));
            }

            var listing = settings.ListHosts || settings.ListTasks;
            var run = RunAnsible(
                settings,
                extraVars?.Path,
                listing ? ToolStandardOutput.Keep : ToolStandardOutput.Stream,
                output => ReportExtraVars(output, settings, extraVars?.Path));
            return Deliver(settings, ResultOf(settings, run.ExitCode, run.Output));
        }
        finally
        {
            extraVars?.Dispose();
            junit?.Scrub(AnsibleRedaction.ValuesForFiles(settings), settings.Redact);
        }
    }

    private protected override string? ExtraVarsPlaceholder(AnsiblePlaybookSettings settings) =>
        AnsibleExtraVars.Any(settings) ? AnsibleExtraVarsFile.Placeholder(TempDirectoryFor(settings)) : null;

    private protected override IReadOnlyList<string> ShownExtraVars(AnsiblePlaybookSettings settings) => AnsibleExtraVars.Shown(settings);

    private protected override string CommandName(AnsiblePlaybookSettings settings) =>
        settings.Playbook is { } playbook ? $"{Executable} {playbook.FullPath}" : Executable;

    private protected override bool Failed(int exitCode, AnsibleProcessOutput output) => exitCode != 0 || output.Recap.HasFailures;

    private protected override CakeException Failure(AnsiblePlaybookSettings settings, int exitCode, AnsibleProcessOutput output)
    {
        var result = Deliver(settings, ResultOf(settings, exitCode, output));
        var recap = result.Recap;
        return recap.HasFailures
            ? new CakeException(exitCode, output.Redact(
                AnsibleErrors.HostsFailed(CommandName(settings), exitCode, recap.FailedHosts, recap.UnreachableHosts, settings.LogOutput)))
            : base.Failure(settings, exitCode, output);
    }

    private protected override void CheckInputs(AnsiblePlaybookSettings settings)
    {
        var playbook = PlaybookFor(settings);
        if (!FileSystem.Exist(playbook))
        {
            throw AnsibleErrors.PlaybookMissing(playbook.FullPath);
        }

        AnsibleArguments.CheckInventories(settings.Inventories, CakeEnvironment, FileSystem);
        AnsibleExtraVars.Check(settings);
    }

    private protected override ProcessArgumentBuilder BuildArguments(AnsiblePlaybookSettings settings, string? extraVarsFile)
    {
        AnsibleExtraVars.Check(settings);
        var arguments = new ProcessArgumentBuilder().AppendInventories(settings.Inventories, CakeEnvironment);
        if (extraVarsFile is not null)
        {
            arguments.AppendSwitchQuoted("-e", " ", "@" + extraVarsFile);
        }

        arguments.AppendTags("--tags", settings.Tags).AppendTags("--skip-tags", settings.SkipTags).AppendLimit(settings.Limit);
        if (settings.Check)
        {
            arguments.Append("--check");
        }

        if (settings.Diff)
        {
            arguments.Append("--diff");
        }

        arguments.AppendForks(settings.Forks).AppendVerbosity(settings.Verbosity);
        if (settings.ListHosts)
        {
            arguments.Append("--list-hosts");
        }

        if (settings.ListTasks)
        {
            arguments.Append("--list-tasks");
        }

        return arguments.AppendQuoted(PlaybookFor(settings).FullPath);
    }

    private static void ReportExtraVars(AnsibleProcessOutput output, AnsiblePlaybookSettings settings, string? path)
    {
        if (path is not null)
        {
            output.Report($"Extra vars (-e @{path}, mode 0600, deleted after the run): {string.Join(", ", AnsibleExtraVars.Shown(settings))}",
                LogLevel.Information);
        }
    }

    /// <summary>Hands the result to <see cref="AnsiblePlaybookSettings.ResultReceived"/> once per run, and returns it.</summary>
    private AnsiblePlaybookResult Deliver(AnsiblePlaybookSettings settings, AnsiblePlaybookResult result)
    {
        if (!_delivered)
        {
            _delivered = true;
            settings.ResultReceived?.Invoke(result);
        }

        return result;
    }

    private static AnsiblePlaybookResult ResultOf(AnsiblePlaybookSettings settings, int exitCode, AnsibleProcessOutput output)
    {
        var listing = settings.ListHosts || settings.ListTasks;
        return new AnsiblePlaybookResult(
            settings.Playbook?.FullPath ?? string.Empty, exitCode, output.Recap, listing ? output.StandardOutput : [], settings.Check);
    }

    private FilePath PlaybookFor(AnsiblePlaybookSettings settings) =>
        (settings.Playbook ?? throw AnsibleErrors.PlaybookNotSet()).MakeAbsolute(CakeEnvironment);

    private DirectoryPath TempDirectoryFor(AnsiblePlaybookSettings settings) =>
        (settings.TempDirectory ?? CakeEnvironment.GetSpecialPath(SpecialPath.LocalTemp)).MakeAbsolute(CakeEnvironment);
}
