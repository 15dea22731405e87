using System.Text.RegularExpressions;

namespace HomeLab.Proxmox;

/// <summary>
/// pve-storage's file-name rules for uploads and downloads, checked before a large file is sent for nothing:
/// normalisation, then the extension each content type needs.
/// </summary>
internal static partial class ContentFileName
{
    public static string Normalise(string fileName)
    {
        var name = fileName.Replace('\\', '/');
        return UnsafeCharacters().Replace(name[(name.LastIndexOf('/') + 1)..], "_");
    }

    /// <summary>What is wrong with <paramref name="fileName"/> for <paramref name="content"/>, or null.</summary>
    public static string? Problem(string content, string fileName) => content switch
    {
        "iso" when !Iso().IsMatch(fileName) => "ISO uploads need a .iso or .img file name",
        "vztmpl" when !Template().IsMatch(fileName) => "container templates need a .tar, .tar.gz, .tar.xz, .tar.zst or .tar.bz2 file name",
        "import" when !Import().IsMatch(fileName) => "import files need a .qcow2, .raw, .vmdk or .ova file name",
        "iso" or "vztmpl" or "import" => null,
        _ => $"content '{content}' cannot be uploaded; use iso, vztmpl or import",
    };

    [GeneratedRegex("[^A-Za-z0-9_.-]")]
    private static partial Regex UnsafeCharacters();

    [GeneratedRegex(@"\.(iso|img)$", RegexOptions.IgnoreCase)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\.tar(\.(gz|xz|zst|bz2))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Template();

    [GeneratedRegex(@"\.(ova|qcow2|raw|vmdk)$", RegexOptions.IgnoreCase)]
    private static partial Regex Import();
}
