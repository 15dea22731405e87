using System.Text.Json;

namespace HomeLab.Secrets;

/// <summary>Reads the output of <c>doppler secrets download --format json</c>: one object of name → string value.</summary>
internal static class DopplerSecretsJson
{
    /// <exception cref="Cake.Core.CakeException">The text is not a JSON object whose values are all strings.</exception>
    public static IReadOnlyDictionary<string, string> Parse(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw DopplerErrors.NotJson("it printed nothing");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            // The parser's message can quote the offending text, which may be a secret: it is deliberately dropped.
            throw DopplerErrors.NotJson("the output is not valid JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw DopplerErrors.NotJson($"it printed a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object");
            }

            var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    throw DopplerErrors.NotJson(
                        $"the value of {property.Name} is a JSON {property.Value.ValueKind.ToString().ToLowerInvariant()}, not a string");
                }

                secrets[property.Name] = property.Value.GetString()!;
            }

            return secrets;
        }
    }
}
