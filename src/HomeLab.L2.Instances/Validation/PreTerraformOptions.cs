using HomeLab.L2.Instances.Roots;

namespace HomeLab.L2.Instances.Validation;

/// <summary>What a pre-Terraform validation covers. Every setting is passed in; the library reads no environment variable.</summary>
public sealed record PreTerraformOptions
{
    /// <summary>The <c>--persona</c> values (<c>ubuntu/docker</c>, repeated or comma-separated); none selects every persona.</summary>
    public IReadOnlyList<string> Personas { get; init; } = [];

    /// <summary>TF_BASE_DIR: the folder of the Terraform roots; a relative path is taken from the lab root.</summary>
    public string TerraformBaseDirectory { get; init; } = TerraformRootLocator.DefaultBaseDirectory;
}
