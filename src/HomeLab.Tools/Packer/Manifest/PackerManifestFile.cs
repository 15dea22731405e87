namespace HomeLab.Tools.Packer;

/// <summary>A file a build produced, as listed in <c>packer-manifest.json</c>.</summary>
public sealed record PackerManifestFile(string Name, long Size);
