using HomeLab.Build.RunReport;
using HomeLab.L0.Runway.Tools;

namespace HomeLab.Build;

/// <summary>The layers above L0 a run reaches, from the tasks it will execute: L0 requires only their tools.</summary>
internal static class ReachedLayers
{
    /// <summary>The layers of <paramref name="tasks"/>; null when the run's tasks are not known (then every layer counts).</summary>
    public static IReadOnlySet<LabLayer>? Of(IReadOnlyList<string>? tasks) =>
        tasks?.Select(LayerOf).OfType<LabLayer>().ToHashSet();

    private static LabLayer? LayerOf(string task) => task switch
    {
        // Beside L3: they run Ansible over ssh on a group, as the OS converge does.
        _ when task.Equals("Reboot", StringComparison.OrdinalIgnoreCase) || task.Equals("Shutdown", StringComparison.OrdinalIgnoreCase) => LabLayer.L3,
        _ => Enum.TryParse<LabLayer>(TaskLayers.Of(task), out var layer) ? layer : null, // L0 itself is not one of them
    };
}
