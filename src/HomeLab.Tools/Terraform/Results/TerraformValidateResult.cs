using System.Text.Json.Nodes;

namespace HomeLab.Tools.Terraform;

/// <summary>What <c>terraform validate -json</c> reported.</summary>
/// <param name="Valid">Whether the configuration is valid.</param>
/// <param name="ErrorCount">How many errors terraform counted.</param>
/// <param name="WarningCount">How many warnings terraform counted.</param>
/// <param name="Diagnostics">The errors and warnings, in terraform's order.</param>
public sealed record TerraformValidateResult(bool Valid, int ErrorCount, int WarningCount, IReadOnlyList<TerraformDiagnostic> Diagnostics)
{
    /// <summary>Reads <c>terraform validate -json</c>'s output.</summary>
    /// <exception cref="System.Text.Json.JsonException">The text is not validate's JSON.</exception>
    public static TerraformValidateResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var root = JsonNode.Parse(json) as JsonObject ?? throw new System.Text.Json.JsonException("the JSON is not an object");
        if (root["valid"] is not JsonValue validNode || !validNode.TryGetValue<bool>(out var valid))
        {
            throw new System.Text.Json.JsonException("it has no \"valid\"");
        }

        var diagnostics = (root["diagnostics"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(entry => new TerraformDiagnostic(
                Text(entry["severity"]) ?? "error",
                Text(entry["summary"]) ?? string.Empty,
                Text(entry["detail"]) ?? string.Empty,
                Text(entry["range"]?["filename"]),
                Number(entry["range"]?["start"]?["line"])))
            .ToList();
        return new TerraformValidateResult(
            valid,
            Number(root["error_count"]) ?? diagnostics.Count(d => d.IsError),
            Number(root["warning_count"]) ?? diagnostics.Count(d => !d.IsError),
            diagnostics);
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static int? Number(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;
}
