namespace HomeLab.Tools;

/// <summary>A variable set in a tool's environment, as a dry run shows it.</summary>
/// <param name="Name">The variable's name.</param>
/// <param name="Value">Its value (masked), <c>[REDACTED]</c> when secret, or null when only the name is known.</param>
/// <param name="Secret">Whether the wrapper hands it over as a secret.</param>
public sealed record ToolVariable(string Name, string? Value, bool Secret)
{
    public override string ToString() => Value is null ? Name : $"{Name}={Value}";
}
