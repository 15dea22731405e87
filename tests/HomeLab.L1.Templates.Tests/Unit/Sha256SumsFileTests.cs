namespace HomeLab.L1.Templates.Tests.Unit;

public class Sha256SumsFileTests
{
    private const string Amd64 = "9a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private const string Arm64 = "0000000000000000000000000000000000000000000000000000000000000001";

    [Test]
    public void Finds_the_binary_mode_entry_ubuntu_publishes()
    {
        var text = $"{Arm64} *noble-server-cloudimg-arm64.img\n{Amd64.ToUpperInvariant()} *noble-server-cloudimg-amd64.img\n";

        Assert.That(Sha256SumsFile.Find(text, "noble-server-cloudimg-amd64.img"), Is.EqualTo(Amd64));
    }

    [Test]
    public void Finds_text_mode_entries_with_dot_slash_and_crlf()
    {
        var text = $"{Arm64}  ./other.qcow2\r\n{Amd64}  ./debian-12-genericcloud-amd64.qcow2\r\n";

        Assert.That(Sha256SumsFile.Find(text, "debian-12-genericcloud-amd64.qcow2"), Is.EqualTo(Amd64));
    }

    [Test]
    public void Finds_the_bsd_form()
    {
        var text = $"SHA256 (Fedora-Cloud-Base-41.qcow2) = {Amd64}\n";

        Assert.That(Sha256SumsFile.Find(text, "Fedora-Cloud-Base-41.qcow2"), Is.EqualTo(Amd64));
    }

    [Test]
    public void A_name_that_is_only_a_prefix_or_has_no_sha256_is_not_found()
    {
        var sha512 = new string('a', 128);
        var text = $"{Amd64} *noble-server-cloudimg-amd64.img.manifest\n{sha512} *noble-server-cloudimg-amd64.img\n";

        Assert.That(Sha256SumsFile.Find(text, "noble-server-cloudimg-amd64.img"), Is.Null);
    }
}
