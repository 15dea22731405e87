namespace HomeLab.Tools.Terraform;

/// <summary>Settings for <c>terraform version -json</c>.</summary>
public sealed class TerraformVersionSettings : TerraformSettings
{
}
