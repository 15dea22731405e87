namespace HomeLab.Manifests.Tests;

/// <summary>ansible/l4/workloads.json: the L4 presets that replace the original's one-recipe-per-workload Justfile lines.</summary>
public class WorkloadsTests
{
    private const string File = "ansible/l4/workloads.json";
    private TempLab _lab = null!;
    private LabManifests _manifests = null!;

    [SetUp]
    public void SetUp()
    {
        _lab = new TempLab();
        _manifests = new LabManifests(_lab.Root);
    }

    [TearDown]
    public void TearDown() => _lab.Dispose();

    [Test]
    public void Presets_are_read_by_name_with_their_line_and_unknown_fields_are_ignored()
    {
        _lab.Write(File,
            "{",
            "  \"workloads\": {",
            "    \"pihole-dns\": { \"group\": \"flagg\", \"tags\": [\"step_docker_pihole\"], \"description\": \"Pi-hole DNS records\" },",
            "    \"gatus\": {",
            "      \"group\": \"flagg\", \"tags\": [\"step_docker_gatus_all\"], \"owner\": \"kept and ignored\"",
            "    }",
            "  }",
            "}");

        var presets = _manifests.ListWorkloads();

        Assert.That(presets.Select(p => p.Name), Is.EqualTo(new[] { "gatus", "pihole-dns" }));
        Assert.That(presets[0], Is.EqualTo(new WorkloadPreset("gatus", "flagg", presets[0].Tags, "", 4)));
        Assert.That(presets[0].Tags, Is.EqualTo(new[] { "step_docker_gatus_all" }));
        Assert.That(presets[1].Description, Is.EqualTo("Pi-hole DNS records"));
        Assert.That(presets[1].Line, Is.EqualTo(3));
    }

    [Test]
    public void A_lab_without_the_file_has_no_presets()
    {
        Assert.That(_manifests.ListWorkloads(), Is.Empty);
    }

    [Test]
    public void Every_schema_error_names_the_file_line_and_field()
    {
        _lab.Write(File,
            "{",
            "  \"workloads\": {",
            "    \"Gatus\": { \"group\": \"flagg\", \"tags\": [\"step_docker_gatus\"] },",
            "    \"traefik\": { \"tags\": [\"step docker traefik\"] }",
            "  }",
            "}");

        var error = Assert.Throws<ManifestException>(() => _manifests.ListWorkloads())!;

        var lines = error.Errors.Select(e => e.ToString()).ToList();
        Assert.That(lines, Has.Some.StartsWith($"{File}:3: workloads/Gatus: must be a workload name"));
        Assert.That(lines, Has.Some.StartsWith($"{File}:4: workloads/traefik").And.Contains("group"));
        Assert.That(lines, Has.Some.StartsWith($"{File}:4: workloads/traefik/tags/0: must be an Ansible tag"));
    }
}
