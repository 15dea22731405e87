using HomeLab.L2.Instances.Roots;

namespace HomeLab.L2.Instances.Tests.Unit;

public class TerraformRootLocatorTests
{
    private TestLab _lab = null!;

    [SetUp]
    public void SetUp() => _lab = new TestLab();

    [TearDown]
    public void TearDown() => _lab.Dispose();

    [Test]
    public void The_os_persona_root_comes_first()
    {
        _lab.TerraformRoot("ubuntu_docker");
        _lab.TerraformRoot("ubuntu");

        var root = Locate("ubuntu", "docker", out var problems);

        Assert.That(problems, Is.Empty);
        Assert.That(root!.DisplayPath, Is.EqualTo("terraform/l2/ubuntu_docker"));
        Assert.That(root.Directory, Is.EqualTo(Path.Combine(_lab.Root, "terraform", "l2", "ubuntu_docker")));
    }

    [Test]
    public void An_appliance_os_uses_its_own_root()
    {
        _lab.TerraformRoot("haos");

        Assert.That(Locate("haos", "haos", out _)!.DisplayPath, Is.EqualTo("terraform/l2/haos"));
    }

    [Test]
    public void A_persona_without_a_root_names_the_folders_tried()
    {
        var root = Locate("ubuntu", "docker", out var problems);

        Assert.That(root, Is.Null);
        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            "infra/os/ubuntu/personas/docker/spec/terraform.json: ubuntu/docker has no Terraform root: neither terraform/l2/ubuntu_docker " +
            "nor terraform/l2/ubuntu exists; create one of them, or point TF_BASE_DIR at the folder that holds them.",
        }));
    }

    [Test]
    public void A_relative_base_is_taken_from_the_lab_root_and_an_absolute_one_as_it_is()
    {
        Directory.CreateDirectory(Path.Combine(_lab.Root, "tf", "ubuntu_docker"));
        using var elsewhere = new HomeLab.Testing.TempDirectory();
        elsewhere.Directory("ubuntu");

        var relative = new TerraformRootLocator(_lab.Manifests.Layout, "tf");
        var absolute = new TerraformRootLocator(_lab.Manifests.Layout, elsewhere.Path);

        Assert.That(relative.Locate(Spec("ubuntu", "docker"), new List<InstanceProblem>())!.DisplayPath, Is.EqualTo("tf/ubuntu_docker"));
        Assert.That(absolute.Locate(Spec("ubuntu", "docker"), new List<InstanceProblem>())!.Directory, Is.EqualTo(Path.Combine(elsewhere.Path, "ubuntu")));
    }

    private TerraformRoot? Locate(string os, string persona, out List<InstanceProblem> problems)
    {
        problems = [];
        return new TerraformRootLocator(_lab.Manifests.Layout).Locate(Spec(os, persona), problems);
    }

    private static PersonaSpec Spec(string os, string persona) => SpecBuilder.Spec(os, persona, SpecBuilder.Host("carrie"));
}
