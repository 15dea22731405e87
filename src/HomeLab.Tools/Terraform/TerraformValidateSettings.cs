namespace HomeLab.Tools.Terraform;

/// <summary>Settings for <c>terraform validate</c>, which runs with <c>-json</c> so its diagnostics can be read.</summary>
public sealed class TerraformValidateSettings : TerraformSettings
{
}
