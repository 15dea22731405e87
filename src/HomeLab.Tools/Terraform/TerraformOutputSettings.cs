namespace HomeLab.Tools.Terraform;

/// <summary>Settings for <c>terraform output -json</c>, which reads the root outputs from the state.</summary>
public sealed class TerraformOutputSettings : TerraformSettings
{
}
