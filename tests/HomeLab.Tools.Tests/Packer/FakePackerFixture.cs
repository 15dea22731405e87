using Cake.Core;
using Cake.Core.IO;
using Path = System.IO.Path;
using HomeLab.Testing;
using HomeLab.Tools.Tests.Support;

namespace HomeLab.Tools.Tests.Packer;

/// <summary>
/// Runs the wrapper through Cake's real ProcessRunner against a fake packer that is first on PATH, with a lab folder
/// holding a packer template.
/// </summary>
[Platform(Exclude = "Win", Reason = "The fake packer is a bash script.")]
public abstract class FakePackerFixture
{
    protected const string Secret = "5f0c1a2b-token-secret-9a1b";

    private protected TempDirectory Temp { get; private set; } = null!;

    private protected EnvironmentScope Scope { get; private set; } = null!;

    private protected CapturingLog Log { get; private set; } = null!;

    /// <summary>The lab's root, Cake's working directory.</summary>
    protected string LabDirectory { get; private set; } = null!;

    /// <summary>The packer template folder inside the lab.</summary>
    protected string TemplateDirectory { get; private set; } = null!;

    protected DirectoryPath Template => new(TemplateDirectory);

    [SetUp]
    public void SetUpLab()
    {
        Temp = new TempDirectory();
        Scope = new EnvironmentScope();
        Scope.Set("PM_TOKEN_SECRET", null).Set("PKR_VAR_pm_token_secret", null).Set("SKIP_BUILD", null);
        Log = new CapturingLog();
        LabDirectory = Temp.Directory("lab");
        TemplateDirectory = Temp.Directory("lab", "infra", "os", "ubuntu", "packer");
        Temp.File("lab/infra/os/ubuntu/packer/ubuntu.pkr.hcl", "# not read by the fake packer\n");
    }

    [TearDown]
    public void TearDownLab()
    {
        Scope.Dispose();
        Temp.Dispose();
    }

    /// <summary>Installs a fake packer first on PATH.</summary>
    private protected FakePacker InstallFake(string versionText = "Packer v1.9.4", int exitCode = 0, string? extraOutput = null)
    {
        var fake = FakePacker.Create(Temp.Path, versionText, exitCode, extraOutput);
        Scope.Set("PATH", fake.BinDirectory + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"));
        return fake;
    }

    /// <summary>Cake's context, built after PATH is set.</summary>
    protected ICakeContext Context() => RealCakeContext.Create(Log, LabDirectory);
}
