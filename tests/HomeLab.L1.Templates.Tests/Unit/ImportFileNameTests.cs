namespace HomeLab.L1.Templates.Tests.Unit;

public class ImportFileNameTests
{
    [TestCase("https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img", "noble-server-cloudimg-amd64.qcow2")]
    [TestCase("https://cloud.debian.org/images/cloud/bookworm/latest/debian-12-genericcloud-amd64.qcow2", "debian-12-genericcloud-amd64.qcow2")]
    [TestCase("https://example.org/images/disk.RAW", "disk.RAW")]
    [TestCase("https://example.org/images/appliance.ova", "appliance.ova")]
    [TestCase("https://example.org/images/My%20Image%2B1.vmdk", "My_Image_1.vmdk")]
    [TestCase("http://127.0.0.1:8080/a/b.img?token=x", "b.qcow2")]
    public void Names_the_import_file_after_the_url(string url, string expected)
    {
        Assert.That(ImportFileName.For(new Uri(url), "infra/os/x/template.json"), Is.EqualTo(expected));
    }

    [Test]
    public void A_compressed_image_is_refused_with_the_fix()
    {
        var error = Assert.Throws<BuildFailure>(() =>
            ImportFileName.For(new Uri("https://example.org/debian-12-nocloud-amd64.tar.xz"), "infra/os/debian/template.json"))!;

        Assert.That(error.Message, Is.EqualTo(
            "image_url https://example.org/debian-12-nocloud-amd64.tar.xz is a compressed file (.xz), which Proxmox cannot import; point it at the .qcow2, .img or .raw image in infra/os/debian/template.json."));
    }

    [Test]
    public void A_url_without_a_file_or_with_another_extension_is_refused()
    {
        Assert.That(() => ImportFileName.For(new Uri("https://example.org/images/"), "t.json"),
            Throws.TypeOf<BuildFailure>().With.Message.Contains("names no file"));
        Assert.That(() => ImportFileName.For(new Uri("https://example.org/images/latest"), "t.json"),
            Throws.TypeOf<BuildFailure>().With.Message.Contains("is not a .qcow2, .img, .raw, .vmdk or .ova image"));
    }
}
