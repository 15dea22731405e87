using Cake.Core;
using Cake.Core.IO;
using HomeLab.Testing;
using HomeLab.Tools.Terraform;
using Path = System.IO.Path;

namespace HomeLab.Tools.Tests.Terraform;

/// <summary>
/// Runs the wrapper through Cake's real ProcessRunner against the real terraform, on copies of the roots in
/// Fixtures/terraform, each in a scratch folder of its own. Cake's working directory is another folder, so every run
/// relies on <c>-chdir</c>.
/// </summary>
[Platform(Exclude = "Win", Reason = "The lock fixture's provisioner is a POSIX shell script.")]
public abstract class RealTerraformFixture
{
    protected const string Secret = "tf-5f0c1a2b-secret-9a1b";

    private protected TempDirectory Temp { get; private set; } = null!;

    private protected EnvironmentScope Scope { get; private set; } = null!;

    private protected CapturingLog Log { get; private set; } = null!;

    private protected ICakeContext Context { get; private set; } = null!;

    /// <summary>Cake's working directory: not a root.</summary>
    protected string WorkDirectory { get; private set; } = null!;

    [SetUp]
    public void SetUpTerraform()
    {
        Temp = new TempDirectory("homelab-tf-test-");
        Scope = new EnvironmentScope();

        // Nothing may reach terraform from this process by accident: what a test hands over is all it gets.
        Scope.Set("TF_VAR_pm_token_secret", null).Set("TF_LOG", null).Set("TF_DATA_DIR", null).Set("TF_WORKSPACE", null);
        Log = new CapturingLog();
        WorkDirectory = Temp.Directory("work");
        Context = RealCakeContext.Create(Log, WorkDirectory);
        if (Context.Tools.Resolve("terraform") is null)
        {
            Assert.Fail("terraform not found: install it (Terraform ≥ 1.6, https://developer.hashicorp.com/terraform/install); these tests run the real terraform.");
        }
    }

    [TearDown]
    public void TearDownTerraform()
    {
        Scope.Dispose();
        Temp.Dispose();
    }

    /// <summary>Copies the fixture root <paramref name="name"/> into the scratch folder and returns its path.</summary>
    protected string CopyRoot(string name)
    {
        var source = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "terraform", name);
        var target = Temp.Combine("roots", name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    /// <summary>Settings of type <typeparamref name="T"/> for <paramref name="root"/>, colour off.</summary>
    protected static T On<T>(string root)
        where T : TerraformSettings, new() => new() { Root = new DirectoryPath(root), NoColor = true };

    /// <summary>A plan file path in the scratch folder.</summary>
    protected FilePath PlanFile(string name) => new(Path.Combine(Temp.Directory("plans"), name + ".tfplan"));

    /// <summary>The command lines Cake logged ("Executing: …").</summary>
    protected IReadOnlyList<string> ExecutedCommands() =>
        Log.Messages.Where(m => m.StartsWith("Executing: ", StringComparison.Ordinal)).ToList();

    /// <summary>Init, plan to a file and apply it: the root's first deployment.</summary>
    protected void Deploy(string root, TerraformPlanSettings? plan = null)
    {
        var planFile = PlanFile("deploy-" + Guid.NewGuid().ToString("N"));
        Context.TerraformInit(On<TerraformInitSettings>(root));
        plan ??= On<TerraformPlanSettings>(root);
        plan.OutFile = planFile;
        Assert.That(Context.TerraformPlan(plan), Is.True, "the first plan creates everything");
        var apply = On<TerraformApplySettings>(root);
        apply.Plan = planFile;
        apply.SecretEnvironmentVariables = plan.SecretEnvironmentVariables;
        apply.EnvironmentVariables = plan.EnvironmentVariables;
        Context.TerraformApply(apply);
    }
}
