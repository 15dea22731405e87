namespace HomeLab.Tools.Packer;

/// <summary>Settings for <c>packer validate</c>.</summary>
public sealed class PackerValidateSettings : PackerTemplateSettings
{
    /// <summary>Check the syntax only, not the builders' configuration (<c>-syntax-only</c>).</summary>
    public bool SyntaxOnly { get; set; }
}
