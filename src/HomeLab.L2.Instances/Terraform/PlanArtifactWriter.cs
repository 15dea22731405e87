using System.Text.Encodings.Web;
using System.Text.Json;
using HomeLab.Manifests;
using HomeLab.Tools.Terraform;

namespace HomeLab.L2.Instances.Terraform;

/// <summary>
/// Writes <c>artifacts/l2/&lt;os&gt;_&lt;persona&gt;/plan.json</c> (the summary and the plan with its sensitive values
/// removed) and <c>outputs.json</c> (terraform's outputs, sensitive ones masked). CI pipelines upload artifacts/,
/// so nothing here may hold a secret.
/// </summary>
public static class PlanArtifactWriter
{
    public const string PlanFileName = "plan.json";
    public const string OutputsFileName = "outputs.json";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string WritePlan(PersonaTerraform persona, TerraformPlanDocument plan, bool destroy)
    {
        var path = Path.Combine(persona.ArtifactsDirectory, PlanFileName);
        Directory.CreateDirectory(persona.ArtifactsDirectory);
        AtomicFile.Replace(path, PlanJson(persona, plan, destroy));
        return path;
    }

    public static string WriteOutputs(PersonaTerraform persona, TerraformOutputs outputs)
    {
        var path = Path.Combine(persona.ArtifactsDirectory, OutputsFileName);
        Directory.CreateDirectory(persona.ArtifactsDirectory);
        AtomicFile.Replace(path, outputs.ToSanitizedJson() + "\n");
        return path;
    }

    public static string PlanJson(PersonaTerraform persona, TerraformPlanDocument plan, bool destroy)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("persona", persona.Root.Persona.ToString());
            json.WriteString("root", persona.Root.DisplayPath);
            json.WriteBoolean("destroy", destroy);
            json.WriteBoolean("has_changes", !plan.Summary.NoChanges);
            json.WriteStartObject("summary");
            WriteAddresses(json, "add", plan.Summary.Add);
            WriteAddresses(json, "change", plan.Summary.Change);
            WriteAddresses(json, "replace", plan.Summary.Replace);
            WriteAddresses(json, "destroy", plan.Summary.Destroy);
            json.WriteEndObject();
            json.WritePropertyName("plan");
            using (var sanitized = JsonDocument.Parse(plan.ToSanitizedJson()))
            {
                sanitized.RootElement.WriteTo(json);
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteAddresses(Utf8JsonWriter json, string name, IEnumerable<string> addresses)
    {
        json.WriteStartArray(name);
        foreach (var address in addresses)
        {
            json.WriteStringValue(address);
        }

        json.WriteEndArray();
    }
}
