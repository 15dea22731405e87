namespace Cake.Frosting;

/// <summary>A task in an exported graph: its name, description and, for a task with criteria, what they say now.</summary>
internal sealed record TaskNode(string Name, string? Description, string? Criteria)
{
    /// <summary>The name, with the criteria in brackets: <c>PromoteStable (UPDATE_STABLE=yes)</c>.</summary>
    public string Label => Criteria is { Length: > 0 } criteria ? $"{Name} ({criteria})" : Name;
}
