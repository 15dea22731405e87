namespace HomeLab.Manifests.Tests;

public class ArtifactFileNameTests
{
    [TestCase("vm-template-20261126-120005.json", 2026, 11, 26, 12, 0, 5, 1)]
    [TestCase("vm-template-20240229-235959-2.json", 2024, 2, 29, 23, 59, 59, 2)]
    [TestCase("vm-template-00010101-000000-123456789.json", 1, 1, 1, 0, 0, 0, 123456789)]
    public void The_build_time_and_sequence_are_read_from_the_name(string name, int year, int month, int day, int hour, int minute, int second, int sequence)
    {
        Assert.That(ArtifactFileNames.TryParseVmTemplate(name, out var builtAt, out var parsedSequence), Is.True);
        Assert.That(builtAt, Is.EqualTo(new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero)));
        Assert.That(parsedSequence, Is.EqualTo(sequence));
    }

    [TestCase("vm-template-20230229-120000.json")]
    [TestCase("vm-template-20261326-120000.json")]
    [TestCase("vm-template-20261126-240000.json")]
    [TestCase("vm-template-20261126-126000.json")]
    [TestCase("vm-template-20261126-120060.json")]
    [TestCase("vm-template-2026112-120000.json")]
    [TestCase("vm-template-20261126_120000.json")]
    [TestCase("vm-template-20261126-120000-0.json")]
    [TestCase("vm-template-20261126-120000-02.json")]
    [TestCase("vm-template-20261126-120000-.json")]
    [TestCase("vm-template-20261126-120000-x.json")]
    [TestCase("vm-template-20261126-120000.json.bak")]
    [TestCase("vm-template-stable.json")]
    [TestCase("archlinux-2026.11.01-x86_64.json")]
    public void Other_names_are_not_vm_template_builds(string name)
    {
        Assert.That(ArtifactFileNames.TryParseVmTemplate(name, out _, out _), Is.False);
    }

    [Test]
    public void Names_are_made_from_the_utc_build_time()
    {
        Assert.That(ArtifactFileNames.ForVmTemplate(new DateTimeOffset(2026, 11, 26, 14, 0, 5, TimeSpan.FromHours(2))),
            Is.EqualTo("vm-template-20261126-120005.json"));
        Assert.That(ArtifactFileNames.ForIso("out/archlinux-2026.11.01-x86_64.iso"), Is.EqualTo("archlinux-2026.11.01-x86_64.json"));
        Assert.That(ArtifactFileNames.WithSequence("vm-template-20261126-120005.json", 3), Is.EqualTo("vm-template-20261126-120005-3.json"));
    }
}
