using HomeLab.Tools.Packer;

namespace HomeLab.Tools.Tests.Packer;

public class PackerErrorsTests
{
    [Test]
    public void Packers_error_line_is_preferred()
    {
        string[] output = ["", "Error: Undefined -var variable", "", "A \"foo\" variable was passed in the command line but was not found"];

        Assert.That(PackerErrors.MeaningfulLine(output), Is.EqualTo("Error: Undefined -var variable"));
    }

    [Test]
    public void Then_the_line_saying_which_build_errored()
    {
        string[] output =
        [
            "2024-05-01T10:00:00Z: ==> null.lab: Running local shell script: /tmp/packer-shell1",
            "2024-05-01T10:00:00Z: Build 'null.lab' errored after 13 milliseconds: Script exited with non-zero exit status: 3.",
            "==> Builds finished but no artifacts were created.",
        ];

        Assert.That(PackerErrors.MeaningfulLine(output),
            Is.EqualTo("Build 'null.lab' errored after 13 milliseconds: Script exited with non-zero exit status: 3"));
    }

    [Test]
    public void Otherwise_the_last_line_without_colour_codes_or_arrows()
    {
        string[] output = ["\u001b[1;32m==> something\u001b[0m", "\u001b[1;31m--> it went wrong\u001b[0m", "  "];

        Assert.That(PackerErrors.MeaningfulLine(output), Is.EqualTo("it went wrong"));
    }

    [Test]
    public void Nothing_printed_gives_nothing()
    {
        Assert.That(PackerErrors.MeaningfulLine(["", " "]), Is.Null);
    }
}
