namespace HomeLab.Tools.Packer;

/// <summary>Settings for <c>packer init</c> (packer 1.7 and later), which installs the plugins a template requires.</summary>
public sealed class PackerInitSettings : PackerSettings
{
    /// <summary>Install the newest plugin versions the template allows (<c>-upgrade</c>).</summary>
    public bool Upgrade { get; set; }
}
