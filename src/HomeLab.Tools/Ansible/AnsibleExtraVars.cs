using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using HomeLab.Secrets;

namespace HomeLab.Tools.Ansible;

/// <summary>
/// The extra vars of a playbook run, plain and secret: checked, written as the JSON of <c>-e @file</c>, and shown as
/// <c>name=value</c> with secret values as <c>[REDACTED]</c>.
/// </summary>
internal static partial class AnsibleExtraVars
{
    private static readonly JsonWriterOptions FileOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Whether there is any extra var to pass.</summary>
    public static bool Any(AnsiblePlaybookSettings settings) => settings.ExtraVars.Count > 0 || settings.SecretExtraVars.Count > 0;

    /// <summary>Fails with one line on a name ansible would not take as a variable, or a name that is both plain and secret.</summary>
    public static void Check(AnsiblePlaybookSettings settings)
    {
        foreach (var name in settings.ExtraVars.Keys.Concat(settings.SecretExtraVars.Keys))
        {
            if (!VariableName().IsMatch(name))
            {
                throw AnsibleErrors.BadExtraVarName(name);
            }
        }

        if (settings.ExtraVars.Keys.FirstOrDefault(settings.SecretExtraVars.ContainsKey) is { } twice)
        {
            throw AnsibleErrors.ExtraVarTwice(twice);
        }
    }

    /// <summary>
    /// Each extra var as <c>name=value</c>, plain ones first, in the order given: strings as they are, anything else as
    /// JSON, secret values as <see cref="SecretRedactor.Mask"/>.
    /// </summary>
    public static IReadOnlyList<string> Shown(AnsiblePlaybookSettings settings) => settings.ExtraVars
        .Select(pair => $"{pair.Key}={Show(pair.Value)}")
        .Concat(settings.SecretExtraVars.Keys.Select(name => $"{name}={SecretRedactor.Mask}"))
        .ToList();

    /// <summary>The JSON object ansible reads with <c>-e @file</c>: every extra var, secret ones in clear.</summary>
    public static byte[] ToJson(AnsiblePlaybookSettings settings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, FileOptions))
        {
            json.WriteStartObject();
            foreach (var (name, value) in settings.ExtraVars)
            {
                json.WritePropertyName(name);
                JsonSerializer.Serialize(json, value, value?.GetType() ?? typeof(object));
            }

            foreach (var (name, value) in settings.SecretExtraVars)
            {
                json.WriteString(name, value);
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string Show(object? value)
    {
        if (value is string text)
        {
            return text;
        }

        var element = JsonSerializer.SerializeToElement(value, value?.GetType() ?? typeof(object));
        return element.ValueKind == JsonValueKind.String ? element.GetString() ?? string.Empty : Encoding.UTF8.GetString(
            JsonSerializer.SerializeToUtf8Bytes(element, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex VariableName();
}
