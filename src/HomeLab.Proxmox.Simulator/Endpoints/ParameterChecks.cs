using System.Globalization;

namespace HomeLab.Proxmox.Simulator.Endpoints;

/// <summary>The schema validator's error texts, for the checks the simulator makes.</summary>
internal static class ParameterChecks
{
    public const string Missing = "property is missing and it is not optional";

    /// <summary>VMIDs are integers from 100 to 999,999,999.</summary>
    public static string? VmIdError(string value)
    {
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var vmId))
        {
            return $"type check ('integer') failed - got '{value}'";
        }

        return vmId switch
        {
            < 100 => "value must have a minimum value of 100",
            > 999_999_999 => "value must have a maximum value of 999999999",
            _ => null,
        };
    }

    public static string? IntegerError(string value, int minimum = int.MinValue) =>
        !long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? $"type check ('integer') failed - got '{value}'"
            : number < minimum ? $"value must have a minimum value of {minimum}" : null;

    public static string? BooleanError(string value) =>
        value is "0" or "1" ? null : $"type check ('boolean') failed - got '{value}'";

    public static string? EnumError(string value, IReadOnlyCollection<string> allowed) =>
        allowed.Contains(value) ? null : $"value '{value}' does not have a value in the enumeration '{string.Join(", ", allowed)}'";
}
