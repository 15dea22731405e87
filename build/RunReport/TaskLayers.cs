namespace HomeLab.Build.RunReport;

/// <summary>Which layer a task belongs to: the layer's own task and its parts (L1 is BuildTemplates, PromoteStable, Templates).</summary>
internal static class TaskLayers
{
    private static readonly Dictionary<string, string> Layers = TargetAliases.Layers
        .SelectMany(layer => (TargetAliases.LayerParts.TryGetValue(layer.Task, out var parts) ? parts : [layer.Task])
            .Append(layer.Task)
            .Select(task => (Task: task, layer.Alias)))
        .DistinctBy(pair => pair.Task, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(pair => pair.Task, pair => pair.Alias, StringComparer.OrdinalIgnoreCase);

    /// <summary><c>L0</c> … <c>L4</c>, or null for a task outside the layers (Secrets, Promote, Clean …).</summary>
    public static string? Of(string task) => Layers.GetValueOrDefault(task);
}
