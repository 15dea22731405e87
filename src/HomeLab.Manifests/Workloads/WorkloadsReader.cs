using System.Text.Json.Nodes;

namespace HomeLab.Manifests;

/// <summary>Reads <c>ansible/l4/workloads.json</c>, checked against its schema; every error names the file, line and field.</summary>
internal static class WorkloadsReader
{
    public static IReadOnlyList<WorkloadPreset> Read(LabLayout layout)
    {
        var path = layout.WorkloadsFile;
        var display = layout.Display(path);
        if (!File.Exists(path))
        {
            return [];
        }

        var file = JsonFile.Read(path, display);
        var errors = SchemaValidator.Workloads.Validate(file.Root, file.Locations, display);
        if (errors.Count > 0)
        {
            throw new ManifestException(errors);
        }

        return ((JsonObject)file.Root!["workloads"]!)
            .Select(pair =>
            {
                var entry = (JsonObject)pair.Value!;
                return new WorkloadPreset(
                    pair.Key,
                    entry["group"]!.GetValue<string>(),
                    entry["tags"]!.AsArray().Select(tag => tag!.GetValue<string>()).ToList(),
                    entry["description"]?.GetValue<string>() ?? string.Empty,
                    file.Locations.LineOf("/workloads/" + JsonLocations.Escape(pair.Key)));
            })
            .OrderBy(preset => preset.Name, StringComparer.Ordinal)
            .ToList();
    }
}
