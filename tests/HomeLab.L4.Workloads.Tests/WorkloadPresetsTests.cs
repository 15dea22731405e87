using HomeLab.Manifests;

namespace HomeLab.L4.Workloads.Tests;

/// <summary><c>--workload=&lt;name&gt;</c> finds its preset, or says in one line which presets there are.</summary>
public class WorkloadPresetsTests
{
    private static readonly WorkloadPreset[] Presets =
    [
        new("gatus", "flagg", ["step_docker_gatus_all"], "Gatus and its config", 2),
        new("gatus-config", "flagg", ["step_docker_gatus"], "Only Gatus's config", 7),
    ];

    [Test]
    public void A_preset_is_found_by_its_exact_name()
    {
        var preset = WorkloadPresets.Find(Presets, " gatus-config ");

        Assert.That((preset.Group, preset.Tags.Single()), Is.EqualTo(("flagg", "step_docker_gatus")));
    }

    [Test]
    public void An_unknown_name_is_one_line_listing_the_presets()
    {
        var error = Assert.Throws<ArgumentException>(() => WorkloadPresets.Find(Presets, "Gatus"))!;

        Assert.That(error.Message, Is.EqualTo(
            "Unknown workload 'Gatus' (--workload); the presets are gatus, gatus-config. See ./build.sh --target=List-Workloads."));
    }

    [Test]
    public void A_lab_without_presets_says_so()
    {
        var error = Assert.Throws<ArgumentException>(() => WorkloadPresets.Find([], "gatus"))!;

        Assert.That(error.Message, Does.Contain("the lab has none (no ansible/l4/workloads.json)"));
    }
}
