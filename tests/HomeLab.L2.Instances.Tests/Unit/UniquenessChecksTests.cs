using HomeLab.L2.Instances.Checks;

namespace HomeLab.L2.Instances.Tests.Unit;

public class UniquenessChecksTests
{
    [Test]
    public void Distinct_names_and_addresses_pass()
    {
        var docker = SpecBuilder.Spec("ubuntu", "docker", SpecBuilder.Host("carrie", "10.0.0.1"), SpecBuilder.Host("misery", "10.0.0.2", line: 13));
        var devops = SpecBuilder.Spec("arch", "devops", SpecBuilder.Host("patricia", "10.0.0.3"));

        Assert.That(UniquenessChecks.Check([devops, docker], _ => true), Is.Empty);
    }

    [Test]
    public void A_name_used_in_two_personas_is_reported_where_it_is_used_again_naming_the_first()
    {
        var devops = SpecBuilder.Spec("arch", "devops", SpecBuilder.Host("carrie", "10.0.0.1", line: 3));
        var docker = SpecBuilder.Spec("ubuntu", "docker", SpecBuilder.Host("misery", "10.0.0.2"), SpecBuilder.Host("Carrie", "10.0.0.3", line: 13));

        var problems = UniquenessChecks.Check([devops, docker], _ => true).Select(p => p.ToString());

        Assert.That(problems, Is.EqualTo(new[]
        {
            "infra/os/ubuntu/personas/docker/spec/terraform.json:13: Carrie: the host name is already used at infra/os/arch/personas/devops/spec/terraform.json:3; give each host its own name.",
        }));
    }

    [Test]
    public void Every_later_use_of_an_address_is_reported_on_its_ip_line()
    {
        var docker = SpecBuilder.Spec("ubuntu", "docker",
            SpecBuilder.Host("carrie", "10.0.0.1", line: 3),
            SpecBuilder.Host("misery", "10.0.0.1", line: 13),
            SpecBuilder.Host("patricia", "10.0.0.1", line: 23));

        var problems = UniquenessChecks.Check([docker], _ => true).Select(p => p.ToString());

        const string File = "infra/os/ubuntu/personas/docker/spec/terraform.json";
        Assert.That(problems, Is.EqualTo(new[]
        {
            $"{File}:14: misery: ip 10.0.0.1 is already carrie's (carrie at {File}:4); give each host its own address.",
            $"{File}:24: patricia: ip 10.0.0.1 is already carrie's (carrie at {File}:4); give each host its own address.",
        }));
    }

    [Test]
    public void A_clash_is_reported_only_for_the_personas_asked_about_but_found_against_all()
    {
        var devops = SpecBuilder.Spec("arch", "devops", SpecBuilder.Host("carrie", "10.0.0.1"));
        var docker = SpecBuilder.Spec("ubuntu", "docker", SpecBuilder.Host("carrie", "10.0.0.1"));

        Assert.Multiple(() =>
        {
            Assert.That(UniquenessChecks.Check([devops, docker], spec => spec.Persona == "docker").Select(p => p.Host), Is.EqualTo(new[] { "carrie", "carrie" }));
            Assert.That(UniquenessChecks.Check([devops, docker], spec => spec.Persona == "devops"), Is.Empty, "the first use is not the clash");
        });
    }
}
