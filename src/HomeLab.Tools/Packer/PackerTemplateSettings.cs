using Cake.Core.IO;

namespace HomeLab.Tools.Packer;

/// <summary>Settings of the commands that evaluate a template (validate and build): which builds, and the variables.</summary>
public abstract class PackerTemplateSettings : PackerSettings
{
    /// <summary>Only these builds (<c>-only=a,b</c>), named <c>source.name</c> or <c>type.name</c>.</summary>
    public ICollection<string> Only { get; set; } = new List<string>();

    /// <summary>Every build but these (<c>-except=a,b</c>).</summary>
    public ICollection<string> Except { get; set; } = new List<string>();

    /// <summary>
    /// Template variables passed as <c>-var "name=value"</c>. They show in logs and process listings, so never put a
    /// secret here: use <see cref="PackerSettings.SecretEnvironmentVariables"/> (<c>PKR_VAR_name</c>) instead.
    /// </summary>
    public IDictionary<string, string> Variables { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Variable files passed as <c>-var-file="path"</c>, in order (later files win).</summary>
    public ICollection<FilePath> VarFiles { get; set; } = new List<FilePath>();
}
