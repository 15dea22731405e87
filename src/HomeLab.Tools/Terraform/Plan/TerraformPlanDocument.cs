using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HomeLab.Tools.Terraform;

/// <summary>
/// A saved plan as <c>terraform show -json</c> describes it: its resource and output changes, a summary, and the
/// JSON with sensitive values taken out. The raw JSON holds sensitive values in clear, so it is not exposed.
/// </summary>
public sealed class TerraformPlanDocument
{
    /// <summary>What a sensitive value is replaced with in <see cref="ToSanitizedJson"/>.</summary>
    public const string SensitiveValueMask = "(sensitive value)";

    // Relaxed escaping keeps characters such as + and & as they are, so the text pass below still finds secrets holding them.
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly string _json;
    private readonly Func<string, string> _redact;

    private TerraformPlanDocument(
        string json, Func<string, string> redact, string formatVersion, string terraformVersion,
        IReadOnlyList<TerraformResourceChange> resourceChanges, IReadOnlyList<TerraformOutputChange> outputChanges)
    {
        _json = json;
        _redact = redact;
        FormatVersion = formatVersion;
        TerraformVersion = terraformVersion;
        ResourceChanges = resourceChanges;
        OutputChanges = outputChanges;
        Summary = TerraformPlanSummary.From(resourceChanges);
    }

    /// <summary>The JSON format's version, e.g. <c>1.2</c>.</summary>
    public string FormatVersion { get; }

    /// <summary>The terraform that made the plan, e.g. <c>1.11.4</c>.</summary>
    public string TerraformVersion { get; }

    /// <summary>Every resource the plan considered, no-ops included, in terraform's order.</summary>
    public IReadOnlyList<TerraformResourceChange> ResourceChanges { get; }

    /// <summary>The root outputs the plan considered, by name.</summary>
    public IReadOnlyList<TerraformOutputChange> OutputChanges { get; }

    /// <summary>The addresses added, changed, replaced and destroyed.</summary>
    public TerraformPlanSummary Summary { get; }

    /// <summary>Reads <c>terraform show -json</c>'s output.</summary>
    /// <param name="redact">Masks known secret values in <see cref="ToSanitizedJson"/>; none when null.</param>
    /// <exception cref="JsonException">The text is not a JSON plan.</exception>
    public static TerraformPlanDocument Parse(string json, Func<string, string>? redact = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var root = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("the JSON is not an object");
        var formatVersion = Text(root["format_version"]) ?? throw new JsonException("it has no format_version");

        var resourceChanges = (root["resource_changes"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(entry => new TerraformResourceChange(
                Text(entry["address"]) ?? string.Empty,
                Text(entry["mode"]) ?? string.Empty,
                Text(entry["type"]) ?? string.Empty,
                Text(entry["name"]) ?? string.Empty,
                Actions(entry["change"]?["actions"])))
            .ToList();
        var outputChanges = (root["output_changes"] as JsonObject ?? [])
            .Select(pair => new TerraformOutputChange(pair.Key, Actions(pair.Value?["actions"])))
            .ToList();

        return new TerraformPlanDocument(
            json, redact ?? (text => text), formatVersion, Text(root["terraform_version"]) ?? string.Empty, resourceChanges, outputChanges);
    }

    /// <summary>
    /// The plan's JSON, indented, with every value terraform marks sensitive replaced by
    /// <see cref="SensitiveValueMask"/> (resource and output changes, planned values, prior state), the values and
    /// defaults of sensitive root variables removed, and then every known secret value masked.
    /// </summary>
    public string ToSanitizedJson()
    {
        var root = (JsonObject)JsonNode.Parse(_json)!;
        TerraformPlanSanitizer.Sanitize(root);

        // These passes catch a secret terraform did not mark, e.g. one written into a non-sensitive attribute: each
        // string value whole (where JSON escaping cannot hide it), then the text, for names and anything else.
        TerraformJsonRedaction.RedactStrings(root, _redact);
        return _redact(root.ToJsonString(Indented));
    }

    /// <summary>e.g. <c>terraform 1.11.4 plan: 1 to add, 0 to change, 0 to replace, 0 to destroy</c>.</summary>
    public override string ToString() => $"terraform {TerraformVersion} plan: {Summary}";

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static IReadOnlyList<string> Actions(JsonNode? node) =>
        (node as JsonArray ?? []).Select(Text).OfType<string>().ToList();
}
