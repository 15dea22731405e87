namespace Cake.Frosting;

/// <summary>
/// An option the build's own tasks read (Cake passes it through as an argument), for <c>--help</c> and
/// <c>--completion</c>: <c>--os=&lt;os&gt;</c> is <c>new("os", "os", "…")</c>, a switch has no <paramref name="Value"/>.
/// </summary>
/// <param name="Name">Without the leading dashes.</param>
/// <param name="Value">What the value is, e.g. <c>os</c>; null for an on/off switch.</param>
/// <param name="Description">One line.</param>
/// <param name="Choices">The values completion offers, when there is a fixed set.</param>
public sealed record HostOption(string Name, string? Value, string Description, IReadOnlyList<string>? Choices = null)
{
    /// <summary>As help shows it: <c>--os=&lt;os&gt;</c> or <c>--simulate</c>.</summary>
    public string Usage => Value is null ? $"--{Name}" : $"--{Name}=<{Value}>";
}
