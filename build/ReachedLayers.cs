using HomeLab.L0.Runway.Tools;

namespace HomeLab.Build;

/// <summary>The layers above L0 a run reaches, from the tasks it will execute: L0 requires only their tools.</summary>
internal static class ReachedLayers
{
    private static readonly Dictionary<string, LabLayer> LayerOfTask = Build();

    /// <summary>The layers of <paramref name="tasks"/>; null when the run's tasks are not known (then every layer counts).</summary>
    public static IReadOnlySet<LabLayer>? Of(IReadOnlyList<string>? tasks) =>
        tasks?.Select(task => LayerOfTask.TryGetValue(task, out var layer) ? layer : (LabLayer?)null).OfType<LabLayer>().ToHashSet();

    private static Dictionary<string, LabLayer> Build()
    {
        var layers = new Dictionary<string, LabLayer>(StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, task) in TargetAliases.Layers)
        {
            if (!Enum.TryParse<LabLayer>(alias, out var layer))
            {
                continue; // L0 itself
            }

            layers[task] = layer;
            foreach (var part in TargetAliases.LayerParts.GetValueOrDefault(task, []))
            {
                layers[part] = layer;
            }
        }

        // Beside L3: they run Ansible over ssh on a group, as the OS converge does.
        layers["Reboot"] = LabLayer.L3;
        layers["Shutdown"] = LabLayer.L3;
        return layers;
    }
}
