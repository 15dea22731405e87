using System.Collections.ObjectModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HomeLab.Tools.Terraform;

/// <summary>The root outputs, by name, as <c>terraform output -json</c> gives them.</summary>
public sealed class TerraformOutputs : ReadOnlyDictionary<string, TerraformOutputValue>
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Func<string, string> _redact;

    private TerraformOutputs(IDictionary<string, TerraformOutputValue> outputs, string rawJson, Func<string, string> redact)
        : base(outputs)
    {
        RawJson = rawJson;
        _redact = redact;
    }

    /// <summary>terraform's JSON as it printed it. Sensitive values are in it in clear: never log it.</summary>
    public string RawJson { get; }

    /// <summary>Reads <c>terraform output -json</c>'s output.</summary>
    /// <param name="redact">Masks known secret values in <see cref="ToSanitizedJson"/>; none when null.</param>
    /// <exception cref="JsonException">The text is not terraform's outputs JSON.</exception>
    public static TerraformOutputs Parse(string json, Func<string, string>? redact = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("the JSON is not an object");
        }

        var outputs = new Dictionary<string, TerraformOutputValue>(StringComparer.Ordinal);
        foreach (var output in document.RootElement.EnumerateObject())
        {
            var entry = output.Value;
            if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("value", out var value))
            {
                throw new JsonException($"the output {output.Name} has no value");
            }

            var sensitive = entry.TryGetProperty("sensitive", out var flag) && flag.ValueKind == JsonValueKind.True;
            var type = entry.TryGetProperty("type", out var typeElement) ? typeElement.Clone() : default;
            outputs[output.Name] = new TerraformOutputValue(output.Name, sensitive, type, value.Clone());
        }

        return new TerraformOutputs(outputs, json, redact ?? (text => text));
    }

    /// <summary>
    /// The outputs' JSON, indented, with each sensitive output's value replaced by
    /// <see cref="TerraformPlanDocument.SensitiveValueMask"/> and every known secret value masked.
    /// </summary>
    public string ToSanitizedJson()
    {
        var root = (JsonObject)JsonNode.Parse(RawJson)!;
        foreach (var (name, output) in this)
        {
            if (output.Sensitive && root[name] is JsonObject entry)
            {
                entry["value"] = TerraformPlanDocument.SensitiveValueMask;
            }
        }

        TerraformJsonRedaction.RedactStrings(root, _redact);
        return _redact(root.ToJsonString(Indented));
    }

    /// <summary>The output names, with each non-sensitive value; sensitive ones show as masked.</summary>
    public override string ToString() =>
        string.Join(", ", this.Select(pair => $"{pair.Key} = {(pair.Value.Sensitive ? TerraformPlanDocument.SensitiveValueMask : pair.Value.ValueText)}"));
}
