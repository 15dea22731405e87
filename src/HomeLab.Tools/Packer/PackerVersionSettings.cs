namespace HomeLab.Tools.Packer;

/// <summary>Settings for <c>packer version</c>.</summary>
public sealed class PackerVersionSettings : PackerSettings
{
}
