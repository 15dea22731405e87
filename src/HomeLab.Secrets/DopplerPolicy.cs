using Cake.Core;

namespace HomeLab.Secrets;

/// <summary>
/// Decides whether secrets come from Doppler, from <c>DOPPLER</c>, <c>CI</c> and <c>FORCE_DOPPLER</c>.
/// </summary>
/// <remarks>
/// <para>Every value is read case-insensitively with surrounding blanks ignored; an empty value counts as unset.
/// "On" means <c>1</c>, <c>true</c>, <c>yes</c> or <c>on</c>; "off" means <c>0</c>, <c>false</c>, <c>no</c> or <c>off</c>.</para>
/// <list type="table">
///   <listheader><term>Variable</term><description>Meaning</description></listheader>
///   <item><term><c>DOPPLER</c></term><description>
///     Unset or on: Doppler is wanted (the default). Off: Doppler is skipped everywhere, whatever <c>CI</c> and
///     <c>FORCE_DOPPLER</c> say. Any other value is an error (a mistyped off switch must not silently load secrets).</description></item>
///   <item><term><c>CI</c></term><description>
///     Unset or off: not a CI run. On, or any other non-empty value (some CI systems set their own name, e.g.
///     <c>CI=woodpecker</c>): a CI run, where Doppler is skipped unless <c>FORCE_DOPPLER</c> is on.
///     <c>DOPPLER=1</c> does not lift the CI skip; only <c>FORCE_DOPPLER</c> does.</description></item>
///   <item><term><c>FORCE_DOPPLER</c></term><description>
///     On: use Doppler in CI too. Unset or off: no effect. Any other value is an error.</description></item>
/// </list>
/// <para>Order: <c>DOPPLER</c> off wins; then a CI run without <c>FORCE_DOPPLER</c> on skips; otherwise Doppler is used.</para>
/// </remarks>
public static class DopplerPolicy
{
    /// <summary>The switch that turns Doppler off.</summary>
    public const string DopplerVariable = "DOPPLER";

    /// <summary>The conventional "running in CI" variable (GitHub Actions sets <c>CI=true</c>).</summary>
    public const string CiVariable = "CI";

    /// <summary>The switch that uses Doppler in CI anyway.</summary>
    public const string ForceDopplerVariable = "FORCE_DOPPLER";

    /// <summary>Whether <c>CI</c>'s value marks a CI run: on, or any other non-empty value that is not off.</summary>
    public static bool IsCiRun(string? ci) => EnvironmentFlag.Parse(ci) is FlagState.On or FlagState.Unrecognised;

    /// <summary>Decides from Cake's environment.</summary>
    public static DopplerDecision Decide(ICakeEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return Decide(environment.GetEnvironmentVariable);
    }

    /// <summary>Decides from any variable lookup (returning <c>null</c> for an unset variable).</summary>
    /// <exception cref="CakeException"><c>DOPPLER</c> or <c>FORCE_DOPPLER</c> holds a value that is neither on nor off.</exception>
    public static DopplerDecision Decide(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);

        var doppler = lookup(DopplerVariable);
        var ci = lookup(CiVariable);
        var force = lookup(ForceDopplerVariable);

        var dopplerState = RequireOnOff(DopplerVariable, doppler, "set DOPPLER=0 to skip Doppler, or unset it to use Doppler");
        var forceState = RequireOnOff(ForceDopplerVariable, force, "set FORCE_DOPPLER=1 to use Doppler in CI, or unset it");
        var inCi = IsCiRun(ci);

        if (dopplerState == FlagState.Off)
        {
            return new DopplerDecision(false, $"DOPPLER={doppler!.Trim()}: using the shell's environment");
        }

        if (inCi && forceState != FlagState.On)
        {
            return new DopplerDecision(false, $"CI={ci!.Trim()} without FORCE_DOPPLER=1: using the CI environment");
        }

        if (inCi)
        {
            return new DopplerDecision(true, $"CI={ci!.Trim()} with FORCE_DOPPLER={force!.Trim()}: loading secrets from Doppler");
        }

        return dopplerState == FlagState.On
            ? new DopplerDecision(true, $"DOPPLER={doppler!.Trim()}: loading secrets from Doppler")
            : new DopplerDecision(true, "DOPPLER is not set: loading secrets from Doppler");
    }

    private static FlagState RequireOnOff(string name, string? value, string fix)
    {
        var state = EnvironmentFlag.Parse(value);
        if (state == FlagState.Unrecognised)
        {
            throw new CakeException(
                $"{name}={value!.Trim()} is not understood: use 1/true/yes/on or 0/false/no/off ({fix}).");
        }

        return state;
    }
}
