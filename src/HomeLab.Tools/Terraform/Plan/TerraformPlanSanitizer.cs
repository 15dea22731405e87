using System.Text.Json.Nodes;

namespace HomeLab.Tools.Terraform;

/// <summary>
/// Takes the sensitive values out of <c>terraform show -json</c>'s plan, in place: terraform writes them in clear
/// and only marks them (<c>before_sensitive</c>/<c>after_sensitive</c>, <c>sensitive_values</c>, an output's
/// <c>sensitive</c> flag, a variable's <c>sensitive</c> in the configuration).
/// </summary>
internal static class TerraformPlanSanitizer
{
    public static void Sanitize(JsonObject plan)
    {
        RemoveSensitiveVariableValues(plan);
        MaskChanges(plan["resource_changes"] as JsonArray);
        MaskChanges(plan["resource_drift"] as JsonArray);
        if (plan["output_changes"] is JsonObject outputChanges)
        {
            foreach (var (_, change) in outputChanges)
            {
                MaskChange(change as JsonObject);
            }
        }

        MaskValues(plan["planned_values"] as JsonObject);
        MaskValues(plan["prior_state"]?["values"] as JsonObject);
    }

    /// <summary>
    /// A sensitive root variable's value appears in clear under <c>variables</c> (and its default under
    /// <c>configuration</c>); only the configuration says which variables are sensitive.
    /// </summary>
    private static void RemoveSensitiveVariableValues(JsonObject plan)
    {
        if (plan["configuration"]?["root_module"]?["variables"] is not JsonObject declared)
        {
            return;
        }

        var sensitive = declared
            .Where(pair => pair.Value?["sensitive"] is JsonValue flag && flag.TryGetValue<bool>(out var isSensitive) && isSensitive)
            .Select(pair => pair.Key)
            .ToList();
        foreach (var name in sensitive)
        {
            (plan["variables"]?[name] as JsonObject)?.Remove("value");
            (declared[name] as JsonObject)?.Remove("default");
        }
    }

    private static void MaskChanges(JsonArray? changes)
    {
        foreach (var entry in changes ?? [])
        {
            MaskChange(entry?["change"] as JsonObject);
        }
    }

    private static void MaskChange(JsonObject? change)
    {
        if (change is null)
        {
            return;
        }

        Replace(change, "before", Apply(change["before"], change["before_sensitive"]));
        Replace(change, "after", Apply(change["after"], change["after_sensitive"]));
    }

    /// <summary>Masks a <c>planned_values</c> or <c>prior_state.values</c>: its outputs and every module's resources.</summary>
    private static void MaskValues(JsonObject? values)
    {
        if (values is null)
        {
            return;
        }

        if (values["outputs"] is JsonObject outputs)
        {
            foreach (var (_, output) in outputs)
            {
                if (output is JsonObject entry && entry["sensitive"] is JsonValue flag && flag.TryGetValue<bool>(out var sensitive)
                    && sensitive && entry.ContainsKey("value"))
                {
                    entry["value"] = TerraformPlanDocument.SensitiveValueMask;
                }
            }
        }

        MaskModule(values["root_module"] as JsonObject);
    }

    private static void MaskModule(JsonObject? module)
    {
        if (module is null)
        {
            return;
        }

        foreach (var resource in module["resources"] as JsonArray ?? [])
        {
            if (resource is JsonObject entry)
            {
                Replace(entry, "values", Apply(entry["values"], entry["sensitive_values"]));
            }
        }

        foreach (var child in module["child_modules"] as JsonArray ?? [])
        {
            MaskModule(child as JsonObject);
        }
    }

    /// <summary>
    /// Applies a sensitivity mask: <c>true</c> masks the whole value; an object or array mask is applied member by
    /// member. Returns <paramref name="value"/> itself (changed in place) unless the whole of it is masked.
    /// </summary>
    private static JsonNode? Apply(JsonNode? value, JsonNode? mask)
    {
        if (value is null || mask is null)
        {
            return value;
        }

        if (mask is JsonValue flag && flag.TryGetValue<bool>(out var sensitive))
        {
            return sensitive ? JsonValue.Create(TerraformPlanDocument.SensitiveValueMask) : value;
        }

        if (mask is JsonObject maskObject && value is JsonObject valueObject)
        {
            foreach (var (key, memberMask) in maskObject)
            {
                Replace(valueObject, key, Apply(valueObject[key], memberMask));
            }
        }
        else if (mask is JsonArray maskArray && value is JsonArray valueArray)
        {
            for (var i = 0; i < Math.Min(maskArray.Count, valueArray.Count); i++)
            {
                var item = valueArray[i];
                var masked = Apply(item, maskArray[i]);
                if (!ReferenceEquals(masked, item))
                {
                    valueArray[i] = masked;
                }
            }
        }

        return value;
    }

    private static void Replace(JsonObject parent, string key, JsonNode? replacement)
    {
        if (parent.TryGetPropertyValue(key, out var current) && !ReferenceEquals(current, replacement))
        {
            parent[key] = replacement;
        }
    }
}
