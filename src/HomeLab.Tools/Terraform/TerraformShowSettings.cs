using Cake.Core.IO;

namespace HomeLab.Tools.Terraform;

/// <summary>Settings for <c>terraform show -json &lt;plan&gt;</c>, which reads a saved plan.</summary>
public sealed class TerraformShowSettings : TerraformSettings
{
    /// <summary>The saved plan to read (required); relative paths are taken from Cake's working directory.</summary>
    public FilePath? PlanFile { get; set; }
}
