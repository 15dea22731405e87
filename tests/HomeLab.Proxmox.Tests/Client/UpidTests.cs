namespace HomeLab.Proxmox.Tests.Client;

public class UpidTests
{
    [Test]
    public void A_token_started_upid_is_parsed_into_its_fields()
    {
        var upid = Upid.Parse("UPID:pve:0001A2B3:00C0FFEE:6710A2B3:qmcreate:100:root@pam!packer:");

        Assert.That((upid.Node, upid.Pid, upid.PStart, upid.StartTime), Is.EqualTo(("pve", 0x1A2B3, 0xC0FFEEL, 0x6710A2B3L)));
        Assert.That((upid.Type, upid.Id, upid.User), Is.EqualTo(("qmcreate", "100", "root@pam!packer")));
        Assert.That(upid.Started, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(0x6710A2B3)));
        Assert.That(upid.Description, Is.EqualTo("qmcreate 100 on pve"));
    }

    [Test]
    public void An_upload_upid_has_an_empty_id_and_a_nine_digit_pstart()
    {
        var upid = Upid.Parse("UPID:pve-2:00000F00:1C0FFEE00:6710A2B3:imgcopy::homelab@pve!homelab:");

        Assert.That((upid.Node, upid.PStart, upid.Id), Is.EqualTo(("pve-2", 0x1C0FFEE00L, string.Empty)));
        Assert.That(upid.Description, Is.EqualTo("imgcopy on pve-2"));
    }

    [Test]
    public void Create_formats_upper_case_padded_hex_and_round_trips()
    {
        var upid = Upid.Create("pve", 0xabc, 0x1234, 0x6710a2b3, "download", "noble.qcow2", "root@pam");

        Assert.That(upid.ToString(), Is.EqualTo("UPID:pve:00000ABC:00001234:6710A2B3:download:noble.qcow2:root@pam:"));
        Assert.That(Upid.Parse(upid.ToString()), Is.EqualTo(upid));
    }

    [Test]
    public void The_text_is_kept_as_the_server_wrote_it()
    {
        const string lower = "UPID:pve:0001a2b3:00c0ffee:6710a2b3:qmstop:100:root@pam:";

        var upper = Upid.Parse("UPID:pve:0001A2B3:00C0FFEE:6710A2B3:qmstop:100:root@pam:");

        Assert.That(Upid.Parse(lower).ToString(), Is.EqualTo(lower));
        Assert.That(Upid.Parse(lower).Pid, Is.EqualTo(upper.Pid));
        Assert.That(Upid.Parse(lower), Is.Not.EqualTo(upper), "the server addresses the task by its exact text");
    }

    [TestCase("UPID:pve:0001A2B3:00C0FFEE:6710A2B3:qmcreate:100:root@pam")]
    [TestCase("UPID:pve:1A2B3:00C0FFEE:6710A2B3:qmcreate:100:root@pam:")]
    [TestCase("UPID:pve:0001A2B3:00C0FFEE:6710A2B3::100:root@pam:")]
    [TestCase("UPID:pve:0001A2B3:00C0FFEE:6710A2B3:qmcreate:100::")]
    [TestCase("UPID:pve:0001A2B3:00C0FFEE:6710A2B3:qm create:100:root@pam:")]
    [TestCase("UPID:p_ve:0001A2B3:00C0FFEE:6710A2B3:qmcreate:100:root@pam:")]
    [TestCase("")]
    [TestCase(null)]
    public void Malformed_upids_are_refused(string? text)
    {
        Assert.That(Upid.TryParse(text, out _), Is.False);
        if (text is not null)
        {
            Assert.That(() => Upid.Parse(text), Throws.InstanceOf<FormatException>().With.Message.Contains("is not a Proxmox task id"));
        }
    }
}
