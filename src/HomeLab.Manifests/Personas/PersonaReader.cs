using System.Text.Json.Nodes;

namespace HomeLab.Manifests;

/// <summary>Reads a persona's <c>spec/terraform.json</c>: parses it, checks it against <c>persona.schema.json</c>, then binds it.</summary>
internal static class PersonaReader
{
    public static PersonaSpec Read(LabLayout layout, string os, string persona)
    {
        var (file, errors) = Check(layout, os, persona);
        if (errors.Count > 0)
        {
            throw new ManifestException(errors);
        }

        return Bind(layout, os, persona, file);
    }

    /// <summary>Every problem in the file; bad JSON and a missing file are reported as the only problem.</summary>
    public static IReadOnlyList<ManifestError> Validate(LabLayout layout, string os, string persona)
    {
        try
        {
            return Check(layout, os, persona).Errors;
        }
        catch (ManifestException exception) when (exception.Errors.Count > 0)
        {
            return exception.Errors;
        }
    }

    private static (JsonFile File, IReadOnlyList<ManifestError> Errors) Check(LabLayout layout, string os, string persona)
    {
        var path = layout.PersonaSpecFile(os, persona);
        var display = layout.Display(path);
        if (!File.Exists(path))
        {
            throw new ManifestException([new ManifestError(display, null, null,
                "not found; create it with a \"hosts\" object, one entry per host with its \"terraform\" section.")]);
        }

        var file = JsonFile.Read(path, display);
        return (file, SchemaValidator.Persona.Validate(file.Root, file.Locations, display));
    }

    private static PersonaSpec Bind(LabLayout layout, string os, string persona, JsonFile file)
    {
        var hosts = new List<PersonaHost>();
        foreach (var (name, host) in (JsonObject)file.Root![PersonaFields.Hosts]!)
        {
            var pointer = "/" + PersonaFields.Hosts + "/" + JsonLocations.Escape(name);
            var terraform = (JsonObject)host![PersonaFields.Terraform]!;
            var lines = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (field, _) in terraform)
            {
                lines[field] = file.Locations.LineOf(pointer + "/" + PersonaFields.Terraform + "/" + JsonLocations.Escape(field));
            }

            hosts.Add(new PersonaHost
            {
                Name = name,
                Ip = String(terraform, PersonaFields.Ip),
                SshUser = String(terraform, PersonaFields.SshUser),
                Tags = terraform[PersonaFields.Tags]!.AsArray().Select(tag => tag!.GetValue<string>()).ToList(),
                Cpu = Integer(terraform, PersonaFields.Cpu),
                MemoryMb = Integer(terraform, PersonaFields.MemoryMb),
                DiskGb = Integer(terraform, PersonaFields.DiskGb),
                TemplateRef = String(terraform, PersonaFields.TemplateRef),
                Node = String(terraform, PersonaFields.Node),
                IpConfig = String(terraform, PersonaFields.IpConfig),
                MacAddress = terraform[PersonaFields.MacAddress]?.GetValue<string>(),
                Line = file.Locations.LineOf(pointer),
                FieldLines = lines,
            });
        }

        return new PersonaSpec
        {
            Os = os,
            Persona = persona,
            Path = layout.PersonaSpecFile(os, persona),
            DisplayPath = file.DisplayPath,
            Hosts = hosts,
        };
    }

    private static string String(JsonObject json, string field) => json[field]!.GetValue<string>();

    // The schema allows 2.0 as an integer; JsonNode reads it as a double.
    private static int Integer(JsonObject json, string field) => (int)json[field]!.GetValue<decimal>();
}
