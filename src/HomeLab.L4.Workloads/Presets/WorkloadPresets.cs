using HomeLab.Manifests;

namespace HomeLab.L4.Workloads;

/// <summary>Finds the preset <c>--workload=&lt;name&gt;</c> names among the lab's <c>ansible/l4/workloads.json</c>.</summary>
public static class WorkloadPresets
{
    /// <exception cref="ArgumentException">No preset has that name (one line listing the presets).</exception>
    public static WorkloadPreset Find(IReadOnlyList<WorkloadPreset> presets, string name)
    {
        ArgumentNullException.ThrowIfNull(presets);
        var wanted = (name ?? string.Empty).Trim();
        var preset = presets.FirstOrDefault(candidate => string.Equals(candidate.Name, wanted, StringComparison.Ordinal));
        if (preset is not null)
        {
            return preset;
        }

        var known = presets.Count == 0
            ? "the lab has none (no ansible/l4/workloads.json)"
            : "the presets are " + string.Join(", ", presets.Select(candidate => candidate.Name));
        throw new ArgumentException($"Unknown workload '{wanted}' (--workload); {known}. See ./build.sh --target=List-Workloads.");
    }
}
