using System.Text.Json.Nodes;
using HomeLab.Testing;

namespace HomeLab.L2.Instances.Tests.Support;

/// <summary>A lab in a temporary folder: persona specs, stable manifests and Terraform roots written as a test needs them.</summary>
internal sealed class TestLab : IDisposable
{
    private readonly TempDirectory _temp = new("homelab-l2-");

    public TestLab()
    {
        Manifests = new LabManifests(_temp.Path);
    }

    public string Root => _temp.Path;

    public LabManifests Manifests { get; }

    public static string SpecDisplayPath(string os, string persona) => $"infra/os/{os}/personas/{persona}/spec/terraform.json";

    /// <summary>Writes a spec as given; lines are joined with \n so that line numbers are exact.</summary>
    public string WriteSpec(string os, string persona, params string[] lines) =>
        _temp.File(SpecDisplayPath(os, persona), string.Join("\n", lines) + "\n");

    /// <summary>Writes a spec of hosts, one host a line from line 3: <c>{ "hosts": {</c> is on line 2.</summary>
    public string WriteSpec(string os, string persona, params SpecHost[] hosts)
    {
        var lines = new List<string> { "{", "  \"hosts\": {" };
        for (var i = 0; i < hosts.Length; i++)
        {
            lines.Add($"    \"{hosts[i].Name}\": {{ \"terraform\": {hosts[i].Terraform(os, persona).ToJsonString()} }}{(i < hosts.Length - 1 ? "," : string.Empty)}");
        }

        lines.Add("  }");
        lines.Add("}");
        return WriteSpec(os, persona, [.. lines]);
    }

    /// <summary>Writes the OS's stable VM template manifest as HomeLab writes it.</summary>
    public void WriteStable(string os, int? vmid, string node = "maturin")
    {
        var manifest = new JsonObject { ["name"] = $"tpl-{os}", ["node"] = node, ["promoted_from"] = "vm-template-20260101-000000.json" };
        if (vmid is { } id)
        {
            manifest["vmid"] = id;
        }

        _temp.File($"infra/os/{os}/spec/vm-template-stable.json", manifest.ToJsonString());
    }

    /// <summary>Creates a Terraform root under the default TF_BASE_DIR.</summary>
    public string TerraformRoot(string name) => _temp.Directory("terraform", "l2", name);

    public void Dispose() => _temp.Dispose();
}

/// <summary>A host of a spec written by <see cref="TestLab.WriteSpec(string, string, SpecHost[])"/>.</summary>
internal sealed record SpecHost(string Name, string Ip, string Node = "maturin", int Cpu = 4, int MemoryMb = 8192, string[]? Tags = null, string? TemplateRef = null)
{
    public JsonObject Terraform(string os, string persona) => new()
    {
        ["ip"] = Ip,
        ["ssh_user"] = "lab",
        ["tags"] = new JsonArray([.. (Tags ?? [os, persona, "lab"]).Select(t => (JsonNode)t)]),
        ["cpu"] = Cpu,
        ["memory_mb"] = MemoryMb,
        ["disk_gb"] = 32,
        ["template_ref"] = TemplateRef ?? $"{os}/{persona}/stable",
        ["node"] = Node,
        ["ipconfig"] = $"ip={Ip}/24,gw=10.0.0.1",
    };
}
