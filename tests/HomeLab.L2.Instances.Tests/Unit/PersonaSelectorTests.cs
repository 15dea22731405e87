using HomeLab.L2.Instances.Specs;

namespace HomeLab.L2.Instances.Tests.Unit;

public class PersonaSelectorTests
{
    private static readonly PersonaId[] Lab =
        [new("arch", "devops"), new("haos", "haos"), new("ubuntu", "docker"), new("ubuntu", "media")];

    [Test]
    public void No_value_selects_every_persona()
    {
        Assert.That(PersonaSelector.Select(Lab, []).Selected, Is.EqualTo(Lab));
        Assert.That(PersonaSelector.Select(Lab, null).Selected, Is.EqualTo(Lab));
        Assert.That(PersonaSelector.Select(Lab, [" ", ","]).Selected, Is.EqualTo(Lab));
    }

    [Test]
    public void Repeated_and_comma_separated_values_select_in_the_labs_order_once_each()
    {
        var selection = PersonaSelector.Select(Lab, ["ubuntu/docker, arch/devops", "ubuntu/docker"]);

        Assert.That(selection.IsValid, Is.True);
        Assert.That(selection.Selected, Is.EqualTo(new PersonaId[] { new("arch", "devops"), new("ubuntu", "docker") }));
    }

    [Test]
    public void Unknown_personas_are_one_line_that_lists_the_labs()
    {
        var selection = PersonaSelector.Select(Lab, ["ubuntu/k8s,ubuntu/docker", "docker"]);

        Assert.That(selection.Selected, Is.Empty);
        Assert.That(selection.Error, Is.EqualTo(
            "--persona 'ubuntu/k8s', 'docker': no such persona; the lab's personas are arch/devops, haos/haos, ubuntu/docker, ubuntu/media."));
    }

    [Test]
    public void A_lab_without_personas_says_where_they_go()
    {
        var selection = PersonaSelector.Select([], ["ubuntu/docker"]);

        Assert.That(selection.Error, Is.EqualTo(
            "--persona 'ubuntu/docker': no such persona; the lab has none (infra/os/<os>/personas/<persona>/spec/terraform.json)."));
    }
}
