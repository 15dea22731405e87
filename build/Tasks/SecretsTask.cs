using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using HomeLab.Secrets;
using HomeLab.Tools.WhatIf;

namespace HomeLab.Build.Tasks;

/// <summary>Loads the secrets from Doppler into this process's environment, which every tool it starts inherits.</summary>
[TaskName("Secrets")]
[TaskDescription("Load secrets from Doppler into the environment (DOPPLER=0 turns it off)")]
public sealed class SecretsTask(DopplerSwitch doppler, SecretRedactor redactor) : FrostingTask<BuildContext>, IWhatIf, ICriteriaDescription
{
    public string DescribeCriteria(ICakeContext context) => doppler.Criteria;

    public override bool ShouldRun(BuildContext context) => doppler.Decision.UseDoppler;

    public override string SkippedMessage => doppler.Decision.Reason;

    public override void Run(BuildContext context)
    {
        var loaded = context.DopplerLoadSecrets(redactor: redactor);
        context.Log.Information(loaded.Summary);
        context.ReloadSettings();
    }

    IReadOnlyList<PlanStep> IWhatIf.WhatIf(BuildContext context) =>
    [
        PlanStep.Note($"load the secrets with 'doppler secrets download --no-file --format json' in {context.Environment.WorkingDirectory.FullPath}; "
            + "every later task and tool gets them"),
        PlanStep.Note("not known in a dry run: the values Doppler would load (the plans below use the shell's environment)"),
    ];
}
