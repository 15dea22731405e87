namespace HomeLab.Manifests;

/// <summary><c>kind: packer</c>: <c>packer init/validate/build</c> in the OS's packer folder.</summary>
public sealed class PackerTemplate : TemplateDefinition
{
    public const string DefaultPackerDirectory = "packer";

    internal PackerTemplate(string os, string osDirectory, string? description)
        : base(os, osDirectory, description)
    {
    }

    public override TemplateKind Kind => TemplateKind.Packer;

    /// <summary><c>packer_dir</c> as written in template.json (relative to the OS folder).</summary>
    public string PackerDirectoryAsWritten { get; init; } = DefaultPackerDirectory;

    /// <summary>The folder packer runs in (absolute).</summary>
    public string PackerDirectory => Path.GetFullPath(Path.Combine(OsDirectory, PackerDirectoryAsWritten));

    /// <summary><c>var_files</c>: passed as <c>-var-file=</c>, relative to <see cref="PackerDirectory"/>.</summary>
    public IReadOnlyList<string> VarFiles { get; init; } = [];

    /// <summary><c>only</c>: the builds to run, passed as <c>-only=</c>; empty runs them all.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];
}
