using Cake.Core;
using Cake.Core.IO;
using HomeLab.Testing;
using HomeLab.Tools.Terraform;

namespace HomeLab.Tools.Tests.Terraform;

/// <summary>Without terraform, every command fails with one line naming terraform, the layer and the fix.</summary>
public class TerraformMissingTests
{
    private const string OnPath =
        "terraform was not found on PATH; L2 Instances needs it: install Terraform ≥ 1.6 " +
        "(https://developer.hashicorp.com/terraform/install, e.g. apt-get install terraform from HashiCorp's apt repository) " +
        "or set TerraformSettings.ToolPath.";

    private TempDirectory _temp = null!;
    private EnvironmentScope _scope = null!;
    private ICakeContext _context = null!;
    private string _root = null!;

    [SetUp]
    public void SetUp()
    {
        _temp = new TempDirectory();
        _scope = new EnvironmentScope();
        _scope.Set("PATH", _temp.Directory("empty-bin"));
        _root = _temp.Directory("root");
        _context = RealCakeContext.Create(new CapturingLog(), _temp.Path);
    }

    [TearDown]
    public void TearDown()
    {
        _scope.Dispose();
        _temp.Dispose();
    }

    [Test]
    public void Every_command_gives_the_same_line()
    {
        var plan = _temp.File("l2.tfplan", "not a plan");

        Assert.Multiple(() =>
        {
            Assert.That(Message(() => _context.TerraformInit(new TerraformInitSettings { Root = _root })), Is.EqualTo(OnPath));
            Assert.That(Message(() => _context.TerraformValidate(new TerraformValidateSettings { Root = _root })), Is.EqualTo(OnPath));
            Assert.That(Message(() => _context.TerraformPlan(new TerraformPlanSettings { Root = _root })), Is.EqualTo(OnPath));
            Assert.That(Message(() => _context.TerraformShow(new TerraformShowSettings { Root = _root, PlanFile = plan })), Is.EqualTo(OnPath));
            Assert.That(Message(() => _context.TerraformApply(new TerraformApplySettings { Root = _root, Plan = plan })), Is.EqualTo(OnPath));
            Assert.That(Message(() => _context.TerraformOutput(new TerraformOutputSettings { Root = _root })), Is.EqualTo(OnPath));
            Assert.That(Message(() => _context.TerraformVersion()), Is.EqualTo(OnPath));
        });
    }

    [Test]
    public void Terraform_is_missed_before_the_root_is()
    {
        Assert.That(Message(() => _context.TerraformInit(new TerraformInitSettings { Root = _temp.Combine("nowhere") })), Is.EqualTo(OnPath));
    }

    [Test]
    public void A_tool_path_that_does_not_exist_is_named()
    {
        var path = _temp.Combine("opt", "terraform");

        var message = Message(() => _context.TerraformVersion(new TerraformVersionSettings { ToolPath = new FilePath(path) }));

        Assert.That(message, Does.StartWith($"terraform was not found at {path} (TerraformSettings.ToolPath); L2 Instances needs it: install Terraform ≥ 1.6"));
        Assert.That(message, Does.EndWith(" or fix ToolPath."));
    }

    [Test]
    public void Availability_is_answered_without_running_anything()
    {
        var fake = _temp.File("bin/terraform", "#!/bin/sh\nexit 99\n");

        Assert.That(_context.TerraformIsAvailable(), Is.False);
        Assert.That(_context.TerraformIsAvailable(new FilePath(_temp.Combine("opt", "terraform"))), Is.False);
        Assert.That(_context.TerraformIsAvailable(new FilePath(fake)), Is.True);
    }

    private static string Message(TestDelegate action) => Assert.Throws<CakeException>(action)!.Message;
}
