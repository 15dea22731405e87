namespace HomeLab.Secrets.Tests;

public class DopplerOutputParsingTests
{
    [Test]
    public void Reads_escaped_values_exactly()
    {
        var secrets = DopplerSecretsJson.Parse("""{"KEY":"line1\nline2 \"quoted\" \u00e9","EMPTY":""}""");

        Assert.That(secrets["KEY"], Is.EqualTo("line1\nline2 \"quoted\" é"));
        Assert.That(secrets["EMPTY"], Is.EqualTo(string.Empty));
    }

    [Test]
    public void Picks_dopplers_error_line_over_earlier_noise_and_strips_colour()
    {
        var line = DopplerErrors.MeaningfulLine(["", "Unable to download secrets", "\u001b[31mDoppler Error:\u001b[0m Invalid Auth token."]);

        Assert.That(line, Is.EqualTo("Doppler Error: Invalid Auth token"));
    }

    [Test]
    public void Falls_back_to_the_first_non_blank_line() =>
        Assert.That(DopplerErrors.MeaningfulLine(["  ", "segmentation fault", "more"]), Is.EqualTo("segmentation fault"));

    [Test]
    public void No_stderr_gives_no_line() =>
        Assert.That(DopplerErrors.MeaningfulLine([" ", ""]), Is.Null);
}
