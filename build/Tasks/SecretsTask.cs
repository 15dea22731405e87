using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using HomeLab.Secrets;

namespace HomeLab.Build.Tasks;

/// <summary>Loads the secrets from Doppler into this process's environment, which every tool it starts inherits.</summary>
[TaskName("Secrets")]
[TaskDescription("Load secrets from Doppler into the environment (DOPPLER=0 turns it off)")]
public sealed class SecretsTask(DopplerSwitch doppler, SecretRedactor redactor) : FrostingTask<BuildContext>, ICriteriaDescription
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
}
