using HomeLab.Manifests;
using HomeLab.Testing;

namespace HomeLab.L1.Templates.Tests;

/// <summary>L1 builds the OSes that have a template.json; one without is skipped, unless --os names it.</summary>
public class TemplateSelectionTests
{
    private OriginalLab _lab = null!;
    private LabManifests _manifests = null!;

    [SetUp]
    public void SetUp()
    {
        _lab = new OriginalLab();
        File.WriteAllText(Path.Combine(_lab.OsDirectory("ubuntu"), "template.json"), """{ "kind": "cloud-image", "image_url": "https://example.invalid/u.img" }""");
        _manifests = new LabManifests(_lab.Root);
    }

    [TearDown]
    public void TearDown() => _lab.Dispose();

    [Test]
    public void Every_os_of_the_lab_builds_those_with_a_template_and_skips_the_others_with_one_line_each()
    {
        var selection = TemplateSelection.Choose(_manifests, _manifests.ListOperatingSystems(), namedByOperator: false);

        Assert.Multiple(() =>
        {
            Assert.That(selection.ToBuild, Is.EqualTo(new[] { "ubuntu" }));
            Assert.That(selection.WithoutTemplate, Is.EqualTo(new[] { "arch", "haos" }));
            Assert.That(selection.SkipLines, Is.EqualTo(new[]
            {
                "arch: skipped: no template.json, so nothing to build; List-Templates and Promote still work on its artifacts.",
                "haos: skipped: no template.json, so nothing to build; List-Templates and Promote still work on its artifacts.",
            }));
        });
    }

    [Test]
    public void Naming_an_os_without_a_template_for_a_build_is_one_line_naming_the_file_and_the_fix()
    {
        var error = Assert.Throws<ManifestException>(() => TemplateSelection.Choose(_manifests, ["ubuntu", "arch"], namedByOperator: true))!;

        Assert.That(error.Message, Is.EqualTo(
            "Cannot build arch: there is no infra/os/arch/template.json, so L1 has nothing to build. Add one (docs/operations.md, L1), or leave arch out of --os; List-Templates and Promote work without it."));
    }

    [Test]
    public void Naming_only_oses_with_a_template_builds_them()
    {
        var selection = TemplateSelection.Choose(_manifests, ["ubuntu"], namedByOperator: true);

        Assert.That(selection.ToBuild, Is.EqualTo(new[] { "ubuntu" }));
        Assert.That(selection.SkipLines, Is.Empty);
    }
}
