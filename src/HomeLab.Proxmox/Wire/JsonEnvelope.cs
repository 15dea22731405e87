using System.Text.Json;

namespace HomeLab.Proxmox.Wire;

/// <summary>Reads Proxmox's <c>{"data": …}</c> success envelope and the <c>{"data":null,"message":…}</c> error body.</summary>
internal static class JsonEnvelope
{
    /// <summary>The <c>data</c> member of a success body (a detached copy), or a description of what is wrong.</summary>
    public static bool TryReadData(string? body, out JsonElement data, out string problem) =>
        TryReadEnvelope(body, out _, out data, out problem);

    /// <summary>As <see cref="TryReadData"/>, also giving the whole envelope (for members beside data, such as "total").</summary>
    public static bool TryReadEnvelope(string? body, out JsonElement envelope, out JsonElement data, out string problem)
    {
        envelope = default;
        data = default;
        problem = string.Empty;
        if (string.IsNullOrWhiteSpace(body))
        {
            problem = "an empty body instead of JSON";
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("data", out var member))
            {
                problem = "JSON without the \"data\" envelope";
                return false;
            }

            envelope = document.RootElement.Clone();
            data = member.Clone();
            return true;
        }
        catch (JsonException)
        {
            problem = $"a body that is not JSON ({Excerpt(body)})";
            return false;
        }
    }

    /// <summary>
    /// The error text of a failed call: the JSON <c>message</c> (pve-http-server 5.2+) followed by any per-parameter
    /// <c>errors</c>. Null when the body carries neither (older servers, empty 401 bodies, HTML from a proxy).
    /// </summary>
    public static ErrorBody? TryReadError(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String
                ? m.GetString()!.Trim()
                : null;
            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in e.EnumerateObject())
                {
                    errors[property.Name] = property.Value.ValueKind == JsonValueKind.String
                        ? property.Value.GetString()!.Trim()
                        : property.Value.GetRawText();
                }
            }

            return message is null && errors.Count == 0 ? null : new ErrorBody(message, errors);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Excerpt(string body)
    {
        const int Limit = 40;
        var flat = body.ReplaceLineEndings(" ").Trim();
        return flat.Length <= Limit ? $"'{flat}'" : $"'{flat[..Limit]}…'";
    }
}

/// <summary>The useful parts of an error body.</summary>
internal sealed record ErrorBody(string? Message, IReadOnlyDictionary<string, string> Errors)
{
    /// <summary>"message" plus "param: text" pairs, as one line.</summary>
    public string Describe()
    {
        var details = string.Join("; ", Errors.Select(pair => $"{pair.Key}: {pair.Value}"));
        return (Message, details) switch
        {
            (null or "", _) => details,
            (_, "") => Message!,
            _ => $"{Message.TrimEnd('.')} ({details})",
        };
    }
}
