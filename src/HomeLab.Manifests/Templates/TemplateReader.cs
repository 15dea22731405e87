using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HomeLab.Manifests;

/// <summary>Reads <c>infra/os/&lt;os&gt;/template.json</c>: parses it, checks it against <c>template.schema.json</c>, then binds it.</summary>
internal static partial class TemplateReader
{
    public static TemplateDefinition Read(LabLayout layout, string os)
    {
        var (file, errors) = Check(layout, os);
        if (errors.Count > 0)
        {
            throw new ManifestException(errors);
        }

        return Bind(layout, os, (JsonObject)file.Root!);
    }

    /// <summary>Every problem in the file; bad JSON and a missing file are reported as the only problem.</summary>
    public static IReadOnlyList<ManifestError> Validate(LabLayout layout, string os)
    {
        try
        {
            return Check(layout, os).Errors;
        }
        catch (ManifestException exception) when (exception.Errors.Count > 0)
        {
            return exception.Errors;
        }
    }

    private static (JsonFile File, IReadOnlyList<ManifestError> Errors) Check(LabLayout layout, string os)
    {
        var path = layout.TemplateFile(os);
        var display = layout.Display(path);
        if (!File.Exists(path))
        {
            throw new ManifestException([new ManifestError(display, null, null,
                "not found; create it with a \"kind\" of cloud-image, iso or packer (docs/operations.md, L1).")]);
        }

        var file = JsonFile.Read(path, display);
        var errors = SchemaValidator.Template.Validate(file.Root, file.Locations, display).ToList();
        if (errors.Count == 0)
        {
            errors.AddRange(CheckNamePattern(file));
        }

        return (file, errors);
    }

    /// <summary>What the schema cannot say: the name pattern's placeholders are only {os} and {timestamp}.</summary>
    private static IEnumerable<ManifestError> CheckNamePattern(JsonFile file)
    {
        if (file.Root?["name_pattern"]?.GetValue<string>() is not { } pattern)
        {
            yield break;
        }

        foreach (Match placeholder in Placeholder().Matches(pattern))
        {
            if (placeholder.Value is not (CloudImageTemplate.OsPlaceholder or CloudImageTemplate.TimestampPlaceholder))
            {
                yield return new ManifestError(file.DisplayPath, file.Locations.LineOf("/name_pattern"), "name_pattern",
                    $"unknown placeholder {placeholder.Value}; use {CloudImageTemplate.OsPlaceholder} and {CloudImageTemplate.TimestampPlaceholder}");
            }
        }

        if (Placeholder().Replace(pattern, string.Empty).IndexOfAny(['{', '}']) >= 0)
        {
            yield return new ManifestError(file.DisplayPath, file.Locations.LineOf("/name_pattern"), "name_pattern",
                "has an unmatched '{' or '}'; placeholders are written {os} and {timestamp}");
        }
    }

    private static TemplateDefinition Bind(LabLayout layout, string os, JsonObject json)
    {
        var directory = layout.OsDirectory(os);
        var description = String(json, "description");
        TemplateKinds.TryParse(String(json, "kind"), out var kind);
        return kind switch
        {
            TemplateKind.CloudImage => new CloudImageTemplate(os, directory, description)
            {
                ImageUrl = new Uri(String(json, "image_url")!),
                Checksum = String(json, "checksum")?.ToLowerInvariant(),
                ChecksumUrl = String(json, "checksum_url") is { } url ? new Uri(url) : null,
                Vmid = Integer(json, "vmid"),
                NamePattern = String(json, "name_pattern") ?? CloudImageTemplate.DefaultNamePattern,
                Cores = Integer(json, "cores") ?? CloudImageTemplate.DefaultCores,
                Memory = Integer(json, "memory") ?? CloudImageTemplate.DefaultMemory,
                Bridge = String(json, "bridge"),
                Machine = String(json, "machine") ?? CloudImageTemplate.DefaultMachine,
                OsType = String(json, "ostype") ?? CloudImageTemplate.DefaultOsType,
                ScsiHardware = String(json, "scsihw") ?? CloudImageTemplate.DefaultScsiHardware,
                Tags = Strings(json, "tags") ?? ["template", os],
                Storage = String(json, "storage"),
                DiskSize = String(json, "disk_size"),
            },
            TemplateKind.Iso => new IsoTemplate(os, directory, description)
            {
                BuildCommand = String(json, "build_command"),
                IsoPathAsWritten = String(json, "iso_path")!,
                IsoName = String(json, "iso_name"),
                Storage = String(json, "storage"),
            },
            TemplateKind.Packer => new PackerTemplate(os, directory, description)
            {
                PackerDirectoryAsWritten = String(json, "packer_dir") ?? PackerTemplate.DefaultPackerDirectory,
                VarFiles = Strings(json, "var_files") ?? [],
                Only = Strings(json, "only") ?? [],
            },
            _ => throw new InvalidOperationException($"The schema let an unknown kind through in {layout.Display(layout.TemplateFile(os))}."),
        };
    }

    private static string? String(JsonObject json, string field) => json[field]?.GetValue<string>();

    private static int? Integer(JsonObject json, string field) => json[field]?.GetValue<int>();

    private static List<string>? Strings(JsonObject json, string field) =>
        json[field] is JsonArray array ? array.Select(item => item!.GetValue<string>()).ToList() : null;

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Placeholder();
}
