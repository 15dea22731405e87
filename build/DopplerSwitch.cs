using Cake.Core;
using HomeLab.Secrets;

namespace HomeLab.Build;

/// <summary>
/// Whether this run loads its secrets from Doppler: the DOPPLER / CI / FORCE_DOPPLER rules, except that a
/// simulation never does, because it brings its own synthetic credentials.
/// </summary>
public sealed class DopplerSwitch(ICakeEnvironment environment, ICakeArguments arguments)
{
    private readonly Lazy<DopplerDecision> _decision = new(() => Switches.IsOn(arguments, "simulate")
        ? new DopplerDecision(false, "--simulate: the simulator's synthetic credentials are used, not Doppler")
        : DopplerPolicy.Decide(environment));

    public DopplerDecision Decision => _decision.Value;
}
