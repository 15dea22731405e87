using HomeLab.L2.Instances.Checks;

namespace HomeLab.L2.Instances.Tests.Unit;

public class TemplateReferenceChecksTests
{
    private const string File = "infra/os/ubuntu/personas/docker/spec/terraform.json";
    private TestLab _lab = null!;
    private StableTemplateResolver _resolver = null!;

    [SetUp]
    public void SetUp()
    {
        _lab = new TestLab();
        _resolver = new StableTemplateResolver(_lab.Manifests);
    }

    [TearDown]
    public void TearDown() => _lab.Dispose();

    [TestCase("ubuntu/docker/stable")]
    [TestCase("ubuntu/stable")]
    public void Both_forms_resolve_to_the_oss_stable_manifest(string reference)
    {
        _lab.WriteStable("ubuntu", 9000);

        var (template, problems) = Check(reference);

        Assert.That(problems, Is.Empty);
        Assert.That(template, Is.EqualTo(new StableTemplate("ubuntu", "infra/os/ubuntu/spec/vm-template-stable.json", 9000, null)));
    }

    [Test]
    public void A_legacy_link_to_an_artifact_resolves_through_the_link()
    {
        var artifact = Path.Combine(_lab.Root, "infra", "os", "ubuntu", "artifacts", "vm-template-20250101-000000.json");
        Directory.CreateDirectory(Path.GetDirectoryName(artifact)!);
        System.IO.File.WriteAllText(artifact, "{\"vmid\": 9100, \"name\": \"tpl-ubuntu\"}");
        var stable = Path.Combine(_lab.Root, "infra", "os", "ubuntu", "spec", "vm-template-stable.json");
        Directory.CreateDirectory(Path.GetDirectoryName(stable)!);
        System.IO.File.CreateSymbolicLink(stable, "../artifacts/vm-template-20250101-000000.json");

        var (template, problems) = Check("ubuntu/docker/stable");

        Assert.That(problems, Is.Empty);
        Assert.That(template!.Vmid, Is.EqualTo(9100));
    }

    [TestCase("ubuntu")]
    [TestCase("ubuntu/docker")]
    [TestCase("ubuntu/docker/latest")]
    [TestCase("stable")]
    [TestCase("a/b/c/stable")]
    [TestCase("../x/stable")]
    public void Another_form_is_named_with_an_example(string reference)
    {
        var (template, problems) = Check(reference);

        Assert.That(template, Is.Null);
        Assert.That(problems, Is.EqualTo(new[]
        {
            $"{File}:10: carrie: template_ref \"{reference}\" is not <os>/<persona>/stable or <os>/stable; write e.g. ubuntu/docker/stable.",
        }));
    }

    [Test]
    public void A_missing_stable_manifest_says_to_build_or_promote()
    {
        var (_, problems) = Check("ubuntu/docker/stable");

        Assert.That(problems, Is.EqualTo(new[]
        {
            $"{File}:10: carrie: template_ref ubuntu/docker/stable: infra/os/ubuntu/spec/vm-template-stable.json not found; build ubuntu's template (L1) or promote one of its artifacts.",
        }));
    }

    [Test]
    public void A_stable_manifest_without_a_vmid_is_refused()
    {
        _lab.WriteStable("ubuntu", vmid: null);

        var (_, problems) = Check("ubuntu/stable");

        Assert.That(problems, Is.EqualTo(new[]
        {
            $"{File}:10: carrie: template_ref ubuntu/stable: infra/os/ubuntu/spec/vm-template-stable.json has no vmid; promote a VM template artifact that records one.",
        }));
    }

    [Test]
    public void A_dangling_legacy_link_is_reported_with_the_manifests_own_reason()
    {
        var stable = Path.Combine(_lab.Root, "infra", "os", "ubuntu", "spec", "vm-template-stable.json");
        Directory.CreateDirectory(Path.GetDirectoryName(stable)!);
        System.IO.File.CreateSymbolicLink(stable, "../artifacts/gone.json");

        var (_, problems) = Check("ubuntu/stable");

        Assert.That(problems.Single(), Does.StartWith(
            $"{File}:10: carrie: template_ref ubuntu/stable: infra/os/ubuntu/spec/vm-template-stable.json: a link to ../artifacts/gone.json, which does not exist"));
    }

    [Test]
    public void Each_oss_manifest_is_read_once()
    {
        _lab.WriteStable("ubuntu", 9000);
        var first = _resolver.Resolve(new TemplateReference("ubuntu", "docker"));
        _lab.WriteStable("ubuntu", 9001);

        Assert.That(_resolver.Resolve(new TemplateReference("ubuntu", null)), Is.SameAs(first));
    }

    private (StableTemplate? Template, List<string> Problems) Check(string reference)
    {
        var host = SpecBuilder.Host("carrie", templateRef: reference);
        var problems = new List<InstanceProblem>();
        var template = TemplateReferenceChecks.Check(SpecBuilder.Spec("ubuntu", "docker", host), host, _resolver, problems);
        return (template, problems.Select(p => p.ToString()).ToList());
    }
}
