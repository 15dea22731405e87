namespace HomeLab.Tools.Packer;

/// <summary>Which packer versions have which commands.</summary>
public static class PackerFeatures
{
    /// <summary>The first packer with <c>packer init</c>. Debian's packer (1.6.6) predates it.</summary>
    public static Version InitVersion { get; } = new(1, 7, 0);

    /// <summary>Whether <paramref name="version"/> has <c>packer init</c>.</summary>
    public static bool SupportsInit(Version version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Normalize(version) >= InitVersion;
    }

    /// <summary>Why <c>packer init</c> must not run for this version and template, or <c>null</c> when it should run.</summary>
    internal static string? InitSkipReason(Version version, PackerTemplatePath template)
    {
        if (!SupportsInit(version))
        {
            return $"packer {Normalize(version)} has no init command (it came in packer {InitVersion}), " +
                "so the plugins the template needs must already be installed";
        }

        return template.IsJson
            ? $"packer init reads HCL2 templates only, and {template.FullPath} is a JSON template"
            : null;
    }

    // new Version(1, 7) sorts below new Version(1, 7, 0); compare with three parts.
    private static Version Normalize(Version version) =>
        new(version.Major, Math.Max(version.Minor, 0), Math.Max(version.Build, 0));
}
