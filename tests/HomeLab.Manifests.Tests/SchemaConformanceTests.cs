using System.Text.Json.Nodes;
using Json.Schema;

namespace HomeLab.Manifests.Tests;

/// <summary>
/// The manifests' own schema validator against JsonSchema.Net, a complete JSON Schema implementation, on the same
/// documents: both must accept and refuse the same ones, so the schema files mean what JSON Schema says they mean.
/// </summary>
public class SchemaConformanceTests
{
    private static readonly string Url = "\"https://example.org/noble.img\"";

    private static readonly string[] Templates =
    [
        "{\"kind\": \"cloud-image\", \"image_url\": " + Url + "}",
        "{\"$schema\": \"x\", \"kind\": \"cloud-image\", \"description\": \"d\", \"image_url\": " + Url + ", \"checksum\": \"" + new string('f', 64) + "\", \"checksum_url\": \"http://h/SHA256SUMS\", \"vmid\": 100, \"name_pattern\": \"tpl-{os}-{timestamp}\", \"cores\": 1, \"memory\": 16, \"bridge\": null, \"machine\": \"q35\", \"ostype\": \"l26\", \"scsihw\": \"virtio-scsi-single\", \"tags\": [\"a\", \"b+c\"], \"storage\": null, \"disk_size\": \"32G\"}",
        "{\"kind\": \"cloud-image\"}",
        "{\"kind\": \"cloud-image\", \"image_url\": \"ftp://x\"}",
        "{\"kind\": \"cloud-image\", \"image_url\": " + Url + ", \"cores\": 2.5}",
        "{\"kind\": \"cloud-image\", \"image_url\": " + Url + ", \"cores\": 2.0}",
        "{\"kind\": \"cloud-image\", \"image_url\": " + Url + ", \"cores\": \"2\"}",
        "{\"kind\": \"cloud-image\", \"image_url\": " + Url + ", \"vmid\": 99}",
        "{\"kind\": \"cloud-image\", \"image_url\": " + Url + ", \"tags\": []}",
        "{\"kind\": \"cloud-image\", \"image_url\": " + Url + ", \"tags\": [\"ok\", \"not ok\"]}",
        "{\"kind\": \"cloud-image\", \"image_url\": " + Url + ", \"tags\": \"template\"}",
        "{\"kind\": \"cloud-image\", \"image_url\": " + Url + ", \"machine\": \"\"}",
        "{\"kind\": \"cloud-image\", \"image_url\": " + Url + ", \"bridge\": \"vmbr 0\"}",
        "{\"kind\": \"cloud-image\", \"image_url\": " + Url + ", \"storage\": \"local-lvm\"}",
        "{\"kind\": \"cloud-image\", \"image_url\": " + Url + ", \"disk_size\": \"32 G\"}",
        "{\"kind\": \"cloud-image\", \"image_url\": " + Url + ", \"iso_path\": \"x.iso\"}",
        "{\"kind\": \"cloud-image\", \"image_url\": " + Url + ", \"surprise\": true}",
        "{\"kind\": \"iso\", \"iso_path\": \"out/a.iso\"}",
        "{\"kind\": \"iso\", \"iso_path\": \"out/a.iso\", \"build_command\": \"make\", \"iso_name\": \"a-1.iso\", \"storage\": \"local\"}",
        "{\"kind\": \"iso\", \"iso_path\": \"out/a.iso\", \"iso_name\": \"dir/a.iso\"}",
        "{\"kind\": \"iso\", \"iso_path\": \"\"}",
        "{\"kind\": \"iso\", \"image_url\": " + Url + "}",
        "{\"kind\": \"packer\"}",
        "{\"kind\": \"packer\", \"packer_dir\": \"p\", \"var_files\": [\"a.hcl\"], \"only\": [\"b\"]}",
        "{\"kind\": \"packer\", \"var_files\": \"a.hcl\"}",
        "{\"kind\": \"packer\", \"only\": [\"\"]}",
        "{\"kind\": \"vagrant\"}",
        "{\"kind\": null}",
        "{\"description\": \"no kind\"}",
        "{}",
        "[]",
        "\"template\"",
        "null",
    ];

    private static readonly string[] Artifacts =
    [
        "{}",
        "{\"vmid\": 9000, \"name\": \"tpl\", \"operator\": {\"any\": [1, 2]}}",
        "{\"vmid\": \"9000\", \"name\": \"tpl\"}",
        "{\"vmid\": \"09000\"}",
        "{\"vmid\": 0}",
        "{\"vmid\": true}",
        "{\"kind\": \"cloud-image\", \"vmid\": 9000, \"name\": \"tpl\", \"os\": \"ubuntu\", \"pve_version\": \"8.2\"}",
        "{\"kind\": \"cloud-image\", \"vmid\": 9000}",
        "{\"kind\": \"packer\", \"name\": \"tpl\"}",
        "{\"kind\": \"iso\", \"iso_name\": \"a.iso\", \"built_at\": \"2026-01-01T00:00:00Z\", \"git_sha\": null}",
        "{\"kind\": \"iso\"}",
        "{\"kind\": \"docker\"}",
        "{\"cloud_image_sha256\": \"" + new string('0', 64) + "\"}",
        "{\"cloud_image_sha256\": \"xyz\"}",
        "{\"description\": null, \"node\": null, \"storage\": null}",
        "{\"name\": \"\"}",
        "{\"promoted_from\": \"vm-template-20260101-000000.json\", \"promoted_at\": \"2026-01-01T00:00:00Z\"}",
        "{\"promoted_from\": 3}",
        "[1]",
    ];

    private static readonly string Host =
        "{\"ip\": \"10.0.0.5\", \"ssh_user\": \"lab\", \"tags\": [\"a\"], \"cpu\": 2, \"memory_mb\": 2048, \"disk_gb\": 32, " +
        "\"template_ref\": \"ubuntu/stable\", \"node\": \"pve\", \"ipconfig\": \"ip=10.0.0.5/24,gw=10.0.0.1\"}";

    private static readonly string[] Personas =
    [
        "{\"hosts\": {\"a\": {\"terraform\": " + Host + "}}}",
        "{\"hosts\": {\"a\": {\"terraform\": " + Host + ", \"ansible\": {\"x\": 1}}}, \"note\": true}",
        "{\"hosts\": {\"a.lab\": {\"terraform\": " + Host.Replace("}", ", \"mac_address\": \"02:42:ac:11:00:02\", \"extra\": [1]}", StringComparison.Ordinal) + "}}}",
        "{\"hosts\": {\"a\": {\"terraform\": " + Host.Replace("\"cpu\": 2", "\"cpu\": 2.0", StringComparison.Ordinal) + "}}}",
        "{\"hosts\": {\"a\": {\"terraform\": " + Host.Replace("\"cpu\": 2", "\"cpu\": 2.5", StringComparison.Ordinal) + "}}}",
        "{\"hosts\": {\"a\": {\"terraform\": " + Host.Replace("10.0.0.5\"", "10.0.0.256\"", StringComparison.Ordinal) + "}}}",
        "{\"hosts\": {\"a\": {\"terraform\": " + Host.Replace("\"lab\"", "\"Lab\"", StringComparison.Ordinal) + "}}}",
        "{\"hosts\": {\"a\": {\"terraform\": " + Host.Replace("[\"a\"]", "[]", StringComparison.Ordinal) + "}}}",
        "{\"hosts\": {\"a\": {\"terraform\": " + Host.Replace("[\"a\"]", "[\"a b\"]", StringComparison.Ordinal) + "}}}",
        "{\"hosts\": {\"a\": {\"terraform\": " + Host.Replace("\"pve\"", "\"pve_1\"", StringComparison.Ordinal) + "}}}",
        "{\"hosts\": {\"a\": {\"terraform\": " + Host.Replace("\"ubuntu/stable\"", "\"\"", StringComparison.Ordinal) + "}}}",
        "{\"hosts\": {\"a\": {\"terraform\": " + Host.Replace("}", ", \"mac_address\": \"02-42\"}", StringComparison.Ordinal) + "}}}",
        "{\"hosts\": {\"a\": {\"terraform\": {}}}}",
        "{\"hosts\": {\"a\": {\"terraform\": []}}}",
        "{\"hosts\": {\"a\": {}}}",
        "{\"hosts\": {\"-a\": {\"terraform\": " + Host + "}}}",
        "{\"hosts\": {\"a\": 1}}",
        "{\"hosts\": {}}",
        "{\"hosts\": []}",
        "{}",
        "[]",
    ];

    private static IEnumerable<TestCaseData> TemplateCases() =>
        Templates.Select(doc => new TestCaseData("template.schema.json", doc).SetArgDisplayNames(Shorten(doc)));

    private static IEnumerable<TestCaseData> ArtifactCases() =>
        Artifacts.Select(doc => new TestCaseData("artifact.schema.json", doc).SetArgDisplayNames(Shorten(doc)));

    private static IEnumerable<TestCaseData> PersonaCases() =>
        Personas.Select(doc => new TestCaseData("persona.schema.json", doc).SetArgDisplayNames(Shorten(doc)));

    [TestCaseSource(nameof(TemplateCases))]
    [TestCaseSource(nameof(ArtifactCases))]
    [TestCaseSource(nameof(PersonaCases))]
    public void Agrees_with_JsonSchema_Net(string schemaFile, string document)
    {
        var text = SchemaValidator.ReadSchemaText(schemaFile);
        var reference = JsonSchema.FromText(text).Evaluate(JsonNode.Parse(document)).IsValid;
        var validator = new SchemaValidator(text);

        var errors = validator.Validate(JsonNode.Parse(document), null, "doc");

        Assert.That(validator.IsValid(JsonNode.Parse(document)), Is.EqualTo(reference), "verdict");
        Assert.That(errors.Count == 0, Is.EqualTo(reference), string.Join("; ", errors));
    }

    /// <summary>The object keywords the embedded schemas use only in part (additionalProperties: false, minProperties above 1).</summary>
    [TestCase("{\"additionalProperties\": false, \"properties\": {\"a\": {}}}", "{\"a\": 1}")]
    [TestCase("{\"additionalProperties\": false, \"properties\": {\"a\": {}}}", "{\"a\": 1, \"b\": 2}")]
    [TestCase("{\"additionalProperties\": false}", "{\"b\": 2}")]
    [TestCase("{\"additionalProperties\": true}", "{\"b\": 2}")]
    [TestCase("{\"properties\": {\"a\": {\"type\": \"string\"}}, \"additionalProperties\": {\"type\": \"integer\"}}", "{\"a\": \"x\", \"b\": 2}")]
    [TestCase("{\"properties\": {\"a\": {\"type\": \"string\"}}, \"additionalProperties\": {\"type\": \"integer\"}}", "{\"a\": \"x\", \"b\": \"y\"}")]
    [TestCase("{\"additionalProperties\": {}, \"unevaluatedProperties\": false}", "{\"b\": 2}")]
    [TestCase("{\"minProperties\": 2}", "{\"a\": 1}")]
    [TestCase("{\"minProperties\": 2}", "{\"a\": 1, \"b\": 2}")]
    [TestCase("{\"minProperties\": 2}", "[]")]
    [TestCase("{\"propertyNames\": {\"pattern\": \"^[a-z]+$\"}}", "{\"ab\": 1}")]
    [TestCase("{\"propertyNames\": {\"pattern\": \"^[a-z]+$\"}}", "{\"a-b\": 1}")]
    [TestCase("{\"propertyNames\": {\"maxLength\": 1}}", "{\"ab\": 1}")]
    public void The_object_keywords_agree_with_JsonSchema_Net(string schema, string document)
    {
        var reference = JsonSchema.FromText(schema).Evaluate(JsonNode.Parse(document)).IsValid;
        var validator = new SchemaValidator(schema);

        Assert.That(validator.IsValid(JsonNode.Parse(document)), Is.EqualTo(reference), "verdict");
        Assert.That(validator.Validate(JsonNode.Parse(document), null, "doc").Count == 0, Is.EqualTo(reference));
    }

    [Test]
    public void A_field_that_additionalProperties_false_refuses_is_named_with_the_fields_allowed()
    {
        var validator = new SchemaValidator("{\"properties\": {\"a\": {}, \"b\": {}}, \"additionalProperties\": false}");

        var errors = validator.Validate(JsonNode.Parse("{\"a\": 1, \"c\": 2}"), null, "doc");

        Assert.That(errors.Select(e => e.ToString()), Is.EqualTo(new[] { "doc: c: unknown field; expected one of: a, b" }));
    }

    [TestCase("\"vmid\": 1e400", "vmid: must be at most 999999999 (found 1e400)")]
    [TestCase("\"memory\": 99999999999999999999999999999999", "memory: must be at most 4194304 (found 99999999999999999999999999999999)")]
    [TestCase("\"cores\": -1e400", "cores: must be at least 1 (found -1e400)")]
    public void Numbers_too_large_for_the_reference_implementation_are_still_checked(string field, string message)
    {
        // JsonSchema.Net throws a FormatException on numbers beyond decimal's range; they are refused here, not crashed on.
        var document = JsonNode.Parse("{\"kind\": \"cloud-image\", \"image_url\": " + Url + ", " + field + "}");

        var errors = SchemaValidator.Template.Validate(document, null, "doc");

        Assert.That(errors.Select(e => e.ToString()), Is.EqualTo(new[] { "doc: " + message }));
    }

    [TestCase("template.schema.json")]
    [TestCase("persona.schema.json")]
    public void Both_verdicts_occur_in_the_corpus(string schemaFile)
    {
        var text = SchemaValidator.ReadSchemaText(schemaFile);
        var corpus = schemaFile == "template.schema.json" ? Templates : Personas;
        var verdicts = corpus.Select(doc => new SchemaValidator(text).IsValid(JsonNode.Parse(doc))).ToList();

        Assert.That(verdicts, Does.Contain(true).And.Contain(false));
    }

    [Test]
    public void A_schema_using_a_keyword_the_validator_does_not_evaluate_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            _ = new SchemaValidator("{\"properties\": {\"a\": {\"oneOf\": [{\"type\": \"string\"}]}}}"))!;

        Assert.That(error.Message, Is.EqualTo("The schema uses #/properties/a/oneOf, which this validator does not evaluate."));
    }

    private static string Shorten(string document) => document.Length <= 70 ? document : document[..70] + "…";
}
