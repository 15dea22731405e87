using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HomeLab.Tools.Terraform;

/// <summary>Reads terraform's version from what <c>terraform version</c> prints, as JSON or as text.</summary>
public static partial class TerraformVersionText
{
    /// <example>
    /// <c>{"terraform_version":"1.11.4",…}</c> → 1.11.4; "Terraform v1.5.7" → 1.5.7; "Terraform v1.12.0-alpha2" → 1.12.0.
    /// </example>
    /// <returns>The version, always with three parts; <c>null</c> when there is none.</returns>
    public static Version? Parse(string? output)
    {
        if (string.IsNullOrWhiteSpace(output))
        {
            return null;
        }

        var text = FromJson(output) ?? output;
        var match = VersionToken().Match(text);
        if (!match.Success)
        {
            return null;
        }

        static int Part(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);
        return new Version(Part(match.Groups[1]), Part(match.Groups[2]), Part(match.Groups[3]));
    }

    private static string? FromJson(string output)
    {
        if (!output.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(output);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("terraform_version", out var version)
                && version.ValueKind == JsonValueKind.String
                ? version.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"(?<![\d.])v?(\d{1,6})\.(\d{1,6})\.(\d{1,6})")]
    private static partial Regex VersionToken();
}
