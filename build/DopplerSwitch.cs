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

    /// <summary>The switches as they stand, for the graph and the run report: <c>DOPPLER on, CI off</c>.</summary>
    public string Criteria => Switches.IsOn(arguments, "simulate")
        ? "--simulate: Doppler off"
        : string.Join(", ", new[]
            {
                $"{DopplerPolicy.DopplerVariable} {OnOff(environment.GetEnvironmentVariable(DopplerPolicy.DopplerVariable), unset: "on")}",
                $"{DopplerPolicy.CiVariable} {OnOff(environment.GetEnvironmentVariable(DopplerPolicy.CiVariable), unset: "off")}",
                environment.GetEnvironmentVariable(DopplerPolicy.ForceDopplerVariable) is { Length: > 0 } force
                    ? $"{DopplerPolicy.ForceDopplerVariable} {OnOff(force, unset: "off")}"
                    : null,
            }.OfType<string>());

    // As DopplerPolicy reads them: 1/true/yes/on and 0/false/no/off, any case; other values are shown as they are.
    private static string OnOff(string? value, string unset) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" => unset,
        "1" or "true" or "yes" or "on" => "on",
        "0" or "false" or "no" or "off" => "off",
        _ => $"'{value.Trim()}'",
    };
}
