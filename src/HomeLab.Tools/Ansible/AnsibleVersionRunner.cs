using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Ansible;

/// <summary>Runs <c>ansible-playbook --version</c>.</summary>
public sealed class AnsibleVersionRunner : AnsibleRunner<AnsibleVersionSettings>
{
    /// <summary>Creates the runner from Cake's services.</summary>
    public AnsibleVersionRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, ICakeLog log)
        : base(fileSystem, environment, processRunner, tools, log)
    {
    }

    private protected override string Executable => "ansible-playbook";

    /// <summary>Returns the installed ansible-core's version (e.g. 2.14.18).</summary>
    /// <exception cref="CakeException">ansible-playbook is missing, fails, or prints no version.</exception>
    public Version Run(AnsibleVersionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Prepare(settings);
        var run = RunAnsible(settings, null, ToolStandardOutput.Capture);
        return AnsibleVersionText.Parse(run.Output.StandardOutputText)
            ?? throw AnsibleErrors.NoVersion(ExecutableFor(settings));
    }

    private protected override string CommandName(AnsibleVersionSettings settings) => "ansible-playbook --version";

    private protected override ProcessArgumentBuilder BuildArguments(AnsibleVersionSettings settings, string? extraVarsFile) =>
        new ProcessArgumentBuilder().Append("--version");
}
