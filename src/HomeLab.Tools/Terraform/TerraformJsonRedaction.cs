using System.Text.Json.Nodes;

namespace HomeLab.Tools.Terraform;

/// <summary>Masks secrets inside parsed JSON, string value by string value.</summary>
internal static class TerraformJsonRedaction
{
    /// <summary>Replaces every string value under <paramref name="node"/> with <paramref name="redact"/>'s result, in place.</summary>
    public static void RedactStrings(JsonNode? node, Func<string, string> redact)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(pair => pair.Key).ToList())
                {
                    RedactMember(obj[key], redact, replacement => obj[key] = replacement);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var index = i;
                    RedactMember(array[i], redact, replacement => array[index] = replacement);
                }

                break;
        }
    }

    private static void RedactMember(JsonNode? member, Func<string, string> redact, Action<JsonNode> replace)
    {
        if (member is JsonValue value && value.TryGetValue<string>(out var text))
        {
            var safe = redact(text);
            if (!string.Equals(safe, text, StringComparison.Ordinal))
            {
                replace(JsonValue.Create(safe));
            }
        }
        else
        {
            RedactStrings(member, redact);
        }
    }
}
