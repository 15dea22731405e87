using System.Text;
using System.Text.Json;

namespace HomeLab.Tools.Terraform;

/// <summary>One root output, as <c>terraform output -json</c> gives it.</summary>
/// <param name="Name">The output's name.</param>
/// <param name="Sensitive">Whether the output is marked sensitive; its value is then never printed by this type.</param>
/// <param name="Type">Terraform's type constraint, e.g. <c>"string"</c> or <c>["object",{"carrie":"string"}]</c>.</param>
/// <param name="Value">The value, in clear even when sensitive: use it, do not print it.</param>
public sealed record TerraformOutputValue(string Name, bool Sensitive, JsonElement Type, JsonElement Value)
{
    /// <summary>The value as text: a JSON string's contents, else the value's JSON.</summary>
    public string ValueText => Value.ValueKind == JsonValueKind.String ? Value.GetString()! : Value.GetRawText();

    /// <summary>Keeps a sensitive value out of <see cref="object.ToString"/> and string interpolation.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Name = ").Append(Name)
            .Append(", Sensitive = ").Append(Sensitive)
            .Append(", Type = ").Append(Type.GetRawText())
            .Append(", Value = ").Append(Sensitive ? TerraformPlanDocument.SensitiveValueMask : Value.GetRawText());
        return true;
    }
}
