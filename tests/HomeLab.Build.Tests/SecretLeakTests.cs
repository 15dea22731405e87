using HomeLab.Build.Tests.Support;

namespace HomeLab.Build.Tests;

/// <summary>
/// No secret value reaches the console or any artifact, even at diagnostic verbosity: neither the token secret
/// nor a value that Doppler loaded.
/// </summary>
public class SecretLeakTests
{
    private const string DopplerOnlyValue = "dopplervalue-7f3a9c1e-only-in-doppler";

    [TestCase("normal")]
    [TestCase("diagnostic")]
    public async Task Neither_the_token_secret_nor_a_doppler_value_appears_in_output_or_artifacts(string verbosity)
    {
        await using var lab = await LabEnvironment.StartAsync();
        FakeTool.Write(lab.Bin.Path, "doppler",
            $$"""echo '{"PM_TOKEN_SECRET":"{{lab.Simulator.TokenSecret}}","HOMELAB_EXTRA":"{{DopplerOnlyValue}}"}'""");

        var result = await lab.HostWithoutSecrets().RunAsync("--target=L0", $"--verbosity={verbosity}");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StandardOutput, Does.Contain("Doppler: 2 secrets loaded (HOMELAB_EXTRA, PM_TOKEN_SECRET)"));
        foreach (var secret in new[] { lab.Simulator.TokenSecret, DopplerOnlyValue })
        {
            Assert.That(result.StandardOutput, Does.Not.Contain(secret));
            Assert.That(result.StandardError, Does.Not.Contain(secret));
            foreach (var (path, text) in lab.ArtifactFiles())
            {
                Assert.That(text, Does.Not.Contain(secret), path);
            }
        }

        Assert.That(lab.ArtifactFiles().Count(), Is.GreaterThanOrEqualTo(5), "the artifacts searched must exist");
    }

    [Test]
    public async Task A_rejected_secret_does_not_appear_either()
    {
        await using var lab = await LabEnvironment.StartAsync();
        const string wrongSecret = "wrongsecret-0b6d2f44-not-the-real-one";

        var result = await lab.Host().With("PM_TOKEN_SECRET", wrongSecret).RunAsync("--target=L0", "--verbosity=diagnostic");

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.StandardOutput, Does.Contain("token was rejected"));
        Assert.That(result.AllOutput, Does.Not.Contain(wrongSecret));
        Assert.That(lab.ArtifactFiles().Select(f => f.Text), Has.None.Contain(wrongSecret));
    }

    [Test]
    public async Task L1_writes_no_secret_into_its_output_artifacts_or_the_lab_manifests()
    {
        await using var lab = await LabEnvironment.StartAsync();
        lab.Simulator.State.OfflineDownloads = true;
        SampleLab.WriteCloudImageLab(lab.Work.Path);
        FakeTool.Write(lab.Bin.Path, "doppler",
            $$"""echo '{"PM_TOKEN_SECRET":"{{lab.Simulator.TokenSecret}}","HOMELAB_EXTRA":"{{DopplerOnlyValue}}"}'""");

        var result = await lab.HostWithoutSecrets().RunAsync("--target=L1", "--verbosity=diagnostic");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var written = Directory.EnumerateFiles(lab.Work.Path, "*", SearchOption.AllDirectories)
            .Select(path => (path, File.ReadAllText(path))).ToList();
        Assert.That(written.Select(file => file.path), Has.Some.Contains("vm-template-stable.json"), "the lab manifests exist");
        foreach (var secret in new[] { lab.Simulator.TokenSecret, DopplerOnlyValue })
        {
            Assert.That(result.AllOutput, Does.Not.Contain(secret));
            foreach (var (path, text) in written)
            {
                Assert.That(text, Does.Not.Contain(secret), path);
            }
        }
    }
}
