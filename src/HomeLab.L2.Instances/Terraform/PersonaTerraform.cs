using Cake.Core.IO;
using HomeLab.L2.Instances.Roots;
using HomeLab.Tools.Terraform;
using Path = System.IO.Path;

namespace HomeLab.L2.Instances.Terraform;

/// <summary>
/// The terraform commands of one persona's root, built in one place so that what a run describes (when terraform is
/// missing, or in a dry run) is exactly what it runs.
/// </summary>
public sealed class PersonaTerraform
{
    private readonly TerraformRunSettings _settings;
    private readonly Action<string>? _output;

    public PersonaTerraform(TerraformRoot root, TerraformRunSettings settings, Action<string>? output = null)
    {
        Root = root;
        _settings = settings;
        _output = output;
    }

    public TerraformRoot Root { get; }

    /// <summary><c>&lt;os&gt;_&lt;persona&gt;</c>, the name of its plan and artifact folders.</summary>
    public string Key => $"{Root.Persona.Os}_{Root.Persona.Persona}";

    /// <summary>The plan this run saves and applies: <c>.cache/l2/&lt;os&gt;_&lt;persona&gt;/plan.tfplan</c>.</summary>
    public string PlanFile => Path.Combine(_settings.PlanDirectory, Key, "plan.tfplan");

    /// <summary><c>artifacts/l2/&lt;os&gt;_&lt;persona&gt;</c>.</summary>
    public string ArtifactsDirectory => Path.Combine(_settings.ArtifactsDirectory, Key);

    public TerraformInitSettings Init() => Configure(new TerraformInitSettings());

    public TerraformValidateSettings Validate() => Configure(new TerraformValidateSettings());

    public TerraformPlanSettings Plan() => Configure(new TerraformPlanSettings { OutFile = new FilePath(PlanFile), Destroy = _settings.Destroy });

    public TerraformShowSettings Show() => Configure(new TerraformShowSettings { PlanFile = new FilePath(PlanFile) });

    public TerraformApplySettings Apply() => Configure(new TerraformApplySettings { Plan = new FilePath(PlanFile) });

    public TerraformOutputSettings Output() => Configure(new TerraformOutputSettings());

    private T Configure<T>(T settings)
        where T : TerraformSettings
    {
        settings.WithRoot(new DirectoryPath(Root.Directory)).WithProxmoxVariables(_settings.Variables);
        settings.ToolPath = _settings.ToolPath;
        settings.Redact = _settings.Redact;
        settings.LogOutput = _output is null;
        settings.OutputLineReceived = _output;
        return settings;
    }
}
