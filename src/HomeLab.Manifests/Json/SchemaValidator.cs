using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HomeLab.Manifests;

/// <summary>
/// Validates a document against one of the JSON schemas embedded in this assembly (draft 2020-12, the subset listed in
/// <see cref="SupportedKeywords"/>) and reports operator-facing <see cref="ManifestError"/>s: the field, its line, and what
/// would be right. A subschema may carry an <c>x-error</c> text that replaces the generic message of a failed <c>type</c>
/// or <c>pattern</c>.
/// </summary>
/// <remarks>
/// Written here rather than taken from a JSON Schema library because the library evaluated here (JsonSchema.Net) costs
/// about 250 ms of start-up on every run, and its messages needed rewriting anyway. The test suite checks this validator
/// against JsonSchema.Net on the same documents, so the schema files stay standard JSON Schema that editors can use.
/// A schema that uses a keyword outside the subset is refused when loaded, so nothing is silently not checked.
/// </remarks>
internal sealed class SchemaValidator
{
    /// <summary>The keywords this validator evaluates (and the annotations it ignores).</summary>
    public static readonly IReadOnlySet<string> SupportedKeywords = new HashSet<string>(StringComparer.Ordinal)
    {
        "$schema", "$id", "$defs", "$ref", "title", "description", ErrorTextKeyword,
        "type", "enum", "const", "pattern", "minimum", "maximum", "minLength", "maxLength",
        "properties", "required", "items", "allOf", "if", "then", "unevaluatedProperties",
        "additionalProperties", "propertyNames", "minProperties",
    };

    private const string ErrorTextKeyword = "x-error";
    private const int MaxQuotedValueLength = 60;
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    private static readonly Lazy<SchemaValidator> TemplateValidator = new(() => Load("template.schema.json"));
    private static readonly Lazy<SchemaValidator> ArtifactValidator = new(() => Load("artifact.schema.json"));
    private static readonly Lazy<SchemaValidator> PersonaValidator = new(() => Load("persona.schema.json"));
    private static readonly Lazy<SchemaValidator> WorkloadsValidator = new(() => Load("workloads.schema.json"));

    private readonly JsonObject _root;
    private readonly Dictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    internal SchemaValidator(string schemaText)
    {
        _root = JsonNode.Parse(schemaText) as JsonObject
            ?? throw new InvalidOperationException("A schema must be a JSON object.");
        CheckSupported(_root, "#");
    }

    /// <summary>The schema of <c>infra/os/&lt;os&gt;/template.json</c>.</summary>
    public static SchemaValidator Template => TemplateValidator.Value;

    /// <summary>The schema of artifacts and stable manifests.</summary>
    public static SchemaValidator Artifact => ArtifactValidator.Value;

    /// <summary>The schema of a persona's <c>spec/terraform.json</c>.</summary>
    public static SchemaValidator Persona => PersonaValidator.Value;

    /// <summary>The schema of <c>ansible/l4/workloads.json</c>.</summary>
    public static SchemaValidator Workloads => WorkloadsValidator.Value;

    /// <summary>The text of an embedded schema, e.g. <c>template.schema.json</c>.</summary>
    public static string ReadSchemaText(string fileName)
    {
        var resource = "HomeLab.Manifests.Schemas." + fileName;
        using var stream = typeof(SchemaValidator).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded schema {resource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Every problem, in line order. <paramref name="locations"/> is null for a document not read from a file.</summary>
    public IReadOnlyList<ManifestError> Validate(JsonNode? instance, JsonLocations? locations, string displayPath)
    {
        var found = new List<Problem>();
        Evaluate(_root, instance, string.Empty, found, condition: null);
        return found
            .Distinct()
            .Select(problem => (Problem: problem, Line: locations?.LineOf(problem.LinePointer)))
            .OrderBy(p => p.Line ?? 0)
            .ThenBy(p => p.Problem.Pointer, StringComparer.Ordinal)
            .Select(p => new ManifestError(displayPath, p.Line, JsonLocations.FieldName(p.Problem.Pointer), p.Problem.Message))
            .ToList();
    }

    /// <summary>Whether the document is valid, without collecting messages.</summary>
    public bool IsValid(JsonNode? instance) => Evaluate(_root, instance, string.Empty, problems: null, condition: null);

    private static SchemaValidator Load(string fileName) => new(ReadSchemaText(fileName));

    /// <summary>
    /// Evaluates <paramref name="value"/> (at <paramref name="pointer"/>) against <paramref name="schema"/>; adds what is
    /// wrong to <paramref name="problems"/> when it is not null. <paramref name="condition"/> is the <c>if</c> that made this
    /// subschema apply, for "is required (kind iso)".
    /// </summary>
    private bool Evaluate(JsonObject schema, JsonNode? value, string pointer, List<Problem>? problems, Condition? condition)
    {
        var valid = true;
        if (schema["$ref"] is JsonValue reference)
        {
            valid &= Evaluate(Reference(reference.GetValue<string>()), value, pointer, problems, condition);
        }

        var custom = schema[ErrorTextKeyword]?.GetValue<string>();
        if (schema["type"] is { } type && !HasType(value, type))
        {
            // Nothing else about a value of the wrong type is worth saying.
            problems?.Add(new Problem(pointer, pointer, custom ?? $"must be {TypeNames(type)} (found {KindOf(value)})"));
            return false;
        }

        valid &= CheckValue(schema, value, pointer, problems, custom);

        if (value is JsonObject obj)
        {
            valid &= CheckObject(schema, obj, pointer, problems, condition);
        }

        if (value is JsonArray array && schema["items"] is JsonObject items)
        {
            for (var index = 0; index < array.Count; index++)
            {
                valid &= Evaluate(items, array[index], pointer + "/" + index.ToString(CultureInfo.InvariantCulture), problems, condition: null);
            }
        }

        return valid;
    }

    private bool CheckValue(JsonObject schema, JsonNode? value, string pointer, List<Problem>? problems, string? custom)
    {
        var valid = true;
        void Fail(string message)
        {
            valid = false;
            problems?.Add(new Problem(pointer, pointer, message));
        }

        if (schema["enum"] is JsonArray options && !options.Any(option => JsonNode.DeepEquals(option, value)))
        {
            Fail($"must be one of {string.Join(", ", options.Select(Text))} (found {Quote(value)})");
        }

        if (schema.TryGetPropertyValue("const", out var constant) && !JsonNode.DeepEquals(constant, value))
        {
            Fail($"must be {Text(constant)} (found {Quote(value)})");
        }

        if (value is JsonValue text && text.TryGetValue<string>(out var s))
        {
            if (schema["pattern"] is JsonValue pattern && !Pattern(pattern.GetValue<string>()).IsMatch(s))
            {
                Fail(custom ?? $"must match the pattern {pattern.GetValue<string>()}");
            }

            var length = new StringInfo(s).LengthInTextElements;
            if (schema["minLength"] is JsonValue minLength && length < minLength.GetValue<int>())
            {
                Fail(minLength.GetValue<int>() == 1 ? "must not be empty" : $"must be at least {minLength} characters long");
            }

            if (schema["maxLength"] is JsonValue maxLength && length > maxLength.GetValue<int>())
            {
                Fail($"must be at most {maxLength} characters long");
            }
        }

        if (Number(value) is { } number)
        {
            if (schema["minimum"] is JsonValue minimum && number < minimum.GetValue<decimal>())
            {
                Fail($"must be at least {minimum} (found {Quote(value)})");
            }

            if (schema["maximum"] is JsonValue maximum && number > maximum.GetValue<decimal>())
            {
                Fail($"must be at most {maximum} (found {Quote(value)})");
            }
        }

        return valid;
    }

    private bool CheckObject(JsonObject schema, JsonObject value, string pointer, List<Problem>? problems, Condition? condition)
    {
        var valid = true;
        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, rule) in properties)
            {
                if (value.TryGetPropertyValue(name, out var property) && rule is JsonObject ruleSchema)
                {
                    valid &= Evaluate(ruleSchema, property, pointer + "/" + JsonLocations.Escape(name), problems, condition: null);
                }
            }
        }

        valid &= CheckPropertyNames(schema, value, pointer, problems);
        valid &= CheckAdditionalProperties(schema, value, pointer, problems);
        if (schema["minProperties"] is JsonValue minProperties && value.Count < minProperties.GetValue<int>())
        {
            valid = false;
            var least = minProperties.GetValue<int>();
            problems?.Add(new Problem(pointer, pointer, least == 1 ? "must not be empty" : $"must have at least {least} fields"));
        }

        if (schema["required"] is JsonArray required)
        {
            // A field required because of an "if" (kind iso) is pointed at on that if's field; else on the object.
            var linePointer = condition is { } c && value.ContainsKey(c.Field) ? pointer + "/" + JsonLocations.Escape(c.Field) : pointer;
            var reason = condition is { } why ? $" ({why.Field} {why.Value})" : string.Empty;
            foreach (var name in required.Select(n => n!.GetValue<string>()).Where(n => !value.ContainsKey(n)))
            {
                valid = false;
                problems?.Add(new Problem(pointer + "/" + JsonLocations.Escape(name), linePointer, "is required" + reason));
            }
        }

        var applied = new List<(JsonObject Then, Condition? Condition)>();
        var conditional = 0;
        if (schema["allOf"] is JsonArray allOf)
        {
            foreach (var entry in allOf.OfType<JsonObject>())
            {
                if (entry["if"] is not JsonObject ifSchema)
                {
                    valid &= Evaluate(entry, value, pointer, problems, condition);
                    continue;
                }

                conditional++;
                if (Evaluate(ifSchema, value, pointer, problems: null, condition: null) && entry["then"] is JsonObject then)
                {
                    var because = Discriminator(ifSchema);
                    applied.Add((then, because));
                    valid &= Evaluate(then, value, pointer, problems, because);
                }
            }
        }

        // Every field is evaluated by additionalProperties when it is present, so none is left for unevaluatedProperties.
        if (schema["unevaluatedProperties"] is JsonValue allowed && !allowed.GetValue<bool>() && !schema.ContainsKey("additionalProperties"))
        {
            valid &= CheckUnknownFields(schema, value, pointer, problems, applied, conditional);
        }

        return valid;
    }

    /// <summary><c>propertyNames</c>: each field's name, as a string, against a schema; a problem is reported on that field.</summary>
    private bool CheckPropertyNames(JsonObject schema, JsonObject value, string pointer, List<Problem>? problems)
    {
        if (schema["propertyNames"] is not JsonObject names)
        {
            return true;
        }

        var valid = true;
        foreach (var (name, _) in value)
        {
            valid &= Evaluate(names, JsonValue.Create(name), pointer + "/" + JsonLocations.Escape(name), problems, condition: null);
        }

        return valid;
    }

    /// <summary>
    /// <c>additionalProperties</c>: the fields that <c>properties</c> does not name are checked against its schema, or, when it
    /// is <c>false</c>, are unknown.
    /// </summary>
    private bool CheckAdditionalProperties(JsonObject schema, JsonObject value, string pointer, List<Problem>? problems)
    {
        if (!schema.TryGetPropertyValue("additionalProperties", out var additional) || additional is null)
        {
            return true;
        }

        var declared = PropertyNames(schema["properties"]).ToHashSet(StringComparer.Ordinal);
        var valid = true;
        foreach (var (name, property) in value.Where(p => !declared.Contains(p.Key)))
        {
            var at = pointer + "/" + JsonLocations.Escape(name);
            if (additional is JsonObject rule)
            {
                valid &= Evaluate(rule, property, at, problems, condition: null);
            }
            else if (!additional.GetValue<bool>())
            {
                valid = false;
                problems?.Add(new Problem(at, at, declared.Count == 0
                    ? "unknown field; this object takes none"
                    : $"unknown field; expected one of: {string.Join(", ", declared)}"));
            }
        }

        return valid;
    }

    /// <summary>
    /// <c>unevaluatedProperties: false</c>: a field that neither this schema nor an applying <c>then</c> declares is unknown.
    /// When no conditional branch applies (the discriminator itself is missing or wrong, which is reported on its own),
    /// listing every other field as unknown too would bury that one error; they are still counted as invalid.
    /// </summary>
    private static bool CheckUnknownFields(JsonObject schema, JsonObject value, string pointer, List<Problem>? problems,
        List<(JsonObject Then, Condition? Condition)> applied, int conditional)
    {
        var known = PropertyNames(schema["properties"]).ToList();
        foreach (var (then, _) in applied)
        {
            known.AddRange(PropertyNames(then["properties"]));
        }

        known = known.Distinct(StringComparer.Ordinal).ToList();
        var unknown = value.Select(p => p.Key).Where(name => !known.Contains(name)).ToList();
        if (unknown.Count == 0)
        {
            return true;
        }

        var quiet = conditional > 0 && applied.Count == 0;
        var context = applied.FirstOrDefault().Condition is { } c ? $" for {c.Field} {c.Value}" : string.Empty;
        foreach (var name in unknown.Where(_ => !quiet))
        {
            var at = pointer + "/" + JsonLocations.Escape(name);
            problems?.Add(new Problem(at, at, $"unknown field{context}; expected one of: {string.Join(", ", known)}"));
        }

        return false;
    }

    private static IEnumerable<string> PropertyNames(JsonNode? properties) =>
        properties is JsonObject obj ? obj.Select(p => p.Key) : [];

    /// <summary>The field and value an <c>if</c> tests, e.g. kind = cloud-image; null for other conditions.</summary>
    private static Condition? Discriminator(JsonObject ifSchema)
    {
        if (ifSchema["properties"] is JsonObject properties)
        {
            foreach (var (field, rule) in properties)
            {
                if (rule is JsonObject r && r.TryGetPropertyValue("const", out var expected))
                {
                    return new Condition(field, Text(expected));
                }
            }
        }

        return null;
    }

    private JsonObject Reference(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Only local schema references (#/...) are supported, not {reference}.");
        }

        JsonNode? node = _root;
        foreach (var segment in reference[2..].Split('/'))
        {
            node = node?[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        }

        return node as JsonObject ?? throw new InvalidOperationException($"The schema reference {reference} leads nowhere.");
    }

    private Regex Pattern(string pattern)
    {
        if (!_patterns.TryGetValue(pattern, out var regex))
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant, PatternTimeout);
            _patterns[pattern] = regex;
        }

        return regex;
    }

    private static void CheckSupported(JsonObject schema, string location)
    {
        foreach (var (keyword, value) in schema)
        {
            if (!SupportedKeywords.Contains(keyword))
            {
                throw new InvalidOperationException($"The schema uses {location}/{keyword}, which this validator does not evaluate.");
            }

            switch (keyword)
            {
                case "properties" or "$defs" when value is JsonObject children:
                    foreach (var (name, child) in children)
                    {
                        CheckSupported((JsonObject)child!, $"{location}/{keyword}/{name}");
                    }

                    break;
                case "allOf" when value is JsonArray entries:
                    for (var i = 0; i < entries.Count; i++)
                    {
                        CheckSupported((JsonObject)entries[i]!, $"{location}/allOf/{i}");
                    }

                    break;
                case "items" or "if" or "then" or "additionalProperties" or "propertyNames" when value is JsonObject child:
                    CheckSupported(child, $"{location}/{keyword}");
                    break;
            }
        }
    }

    private static bool HasType(JsonNode? value, JsonNode type) => type switch
    {
        JsonArray names => names.Any(name => IsOfType(value, name!.GetValue<string>())),
        _ => IsOfType(value, type.GetValue<string>()),
    };

    private static bool IsOfType(JsonNode? value, string type) => type switch
    {
        "null" => value is null,
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value?.GetValueKind() == JsonValueKind.String,
        "boolean" => value?.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "number" => value?.GetValueKind() == JsonValueKind.Number,
        "integer" => IsInteger(value),
        _ => throw new InvalidOperationException($"Unknown JSON Schema type {type}."),
    };

    private static decimal? Number(JsonNode? value)
    {
        if (value?.GetValueKind() != JsonValueKind.Number)
        {
            return null;
        }

        // The JSON text, whatever .NET type holds it (a parsed element, or an int set in code).
        var text = value.ToJsonString();
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        // Beyond decimal's range: for minimum and maximum only its sign matters.
        return text.StartsWith('-') ? decimal.MinValue : decimal.MaxValue;
    }

    /// <summary>A number with no fractional part; numbers beyond decimal's range have none that can be written.</summary>
    private static bool IsInteger(JsonNode? value) =>
        Number(value) is { } number && number == decimal.Truncate(number);

    private static string TypeNames(JsonNode type)
    {
        var names = type switch
        {
            JsonArray array => array.Select(t => t!.GetValue<string>()).ToList(),
            _ => [type.GetValue<string>()],
        };

        return string.Join(" or ", names.Select(Article));
    }

    private static string Article(string typeName) => typeName switch
    {
        "integer" => "an integer",
        "object" => "an object",
        "array" => "an array",
        "null" => "null",
        _ => "a " + typeName,
    };

    private static string KindOf(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "something else",
    };

    private static string Quote(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length <= MaxQuotedValueLength ? text : text[..MaxQuotedValueLength] + "…";
    }

    private static string Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : node?.ToJsonString() ?? "null";

    /// <summary>One problem: the field it is about, the value whose line it is reported on, and the message.</summary>
    private sealed record Problem(string Pointer, string LinePointer, string Message);

    /// <summary>The <c>if</c> a <c>then</c> applies under, e.g. kind cloud-image.</summary>
    private readonly record struct Condition(string Field, string Value);
}
