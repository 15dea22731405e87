using System.Text.RegularExpressions;

namespace HomeLab.Proxmox.Simulator.Files;

/// <summary>
/// pve-storage's rules for iso/vztmpl/import file names: the name is normalised (path stripped, characters
/// outside [A-Za-z0-9_.-] become '_'), then its extension must fit the content type.
/// </summary>
internal static partial class ContentFiles
{
    public static string Normalise(string fileName)
    {
        var name = fileName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        return UnsafeCharacters().Replace(name, "_");
    }

    /// <summary>
    /// The 400 text for a name whose extension does not fit <paramref name="content"/> on <paramref name="features"/>'
    /// release (import takes .ova since 8.3, disk images since 8.4), or null when it fits.
    /// </summary>
    public static string? ExtensionError(string content, string normalisedName, SimFeatures features) => content switch
    {
        "iso" when !IsoName().IsMatch(normalisedName) => "wrong file extension",
        "vztmpl" when !TemplateName().IsMatch(normalisedName) => "wrong file extension",
        "import" when !ImportName().IsMatch(normalisedName)
            || !features.ImportExtensions.Contains(Path.GetExtension(normalisedName).TrimStart('.').ToLowerInvariant(), StringComparer.Ordinal)
            => "invalid filename or wrong extension",
        _ => null,
    };

    /// <summary>"iso/x.iso" for the volume id.</summary>
    public static string VolName(string content, string fileName) => $"{content}/{fileName}";

    /// <summary>The format the content list shows: iso, the template's compression, or the import file's extension.</summary>
    public static string Format(string content, string fileName) => content switch
    {
        "iso" => "iso",
        "vztmpl" => fileName.EndsWith(".tar", StringComparison.OrdinalIgnoreCase) ? "tar" : "t" + Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant(),
        _ => Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant(),
    };

    /// <summary>Where a dir storage keeps the content type, below its path (for task logs).</summary>
    public static string Directory(string content) => content switch
    {
        "iso" => "template/iso",
        "vztmpl" => "template/cache",
        _ => content,
    };

    [GeneratedRegex("[^A-Za-z0-9_.-]")]
    private static partial Regex UnsafeCharacters();

    [GeneratedRegex(@"^[^/]+\.(iso|img)$", RegexOptions.IgnoreCase)]
    private static partial Regex IsoName();

    [GeneratedRegex(@"^[^/]+\.tar(\.(gz|xz|zst|bz2))?$", RegexOptions.IgnoreCase)]
    private static partial Regex TemplateName();

    [GeneratedRegex(@"^[^/]+\.(ova|qcow2|raw|vmdk)$", RegexOptions.IgnoreCase)]
    private static partial Regex ImportName();
}
