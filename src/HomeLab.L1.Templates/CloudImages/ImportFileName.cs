using System.Text.RegularExpressions;

namespace HomeLab.L1.Templates;

/// <summary>
/// The file name a cloud image gets on the import storage. Proxmox accepts import files named .qcow2, .raw, .vmdk or
/// .ova; a distribution's <c>.img</c> (Ubuntu's is a qcow2 image) is stored as <c>&lt;base&gt;.qcow2</c>.
/// </summary>
internal static partial class ImportFileName
{
    private static readonly string[] Importable = [".qcow2", ".raw", ".vmdk", ".ova"];
    private static readonly string[] Compressed = [".xz", ".gz", ".zst", ".bz2", ".tar", ".zip"];

    /// <summary>The last segment of the URL's path: the name the distribution publishes (and lists in SHA256SUMS).</summary>
    public static string Published(Uri imageUrl)
    {
        var path = Uri.UnescapeDataString(imageUrl.AbsolutePath);
        return path[(path.LastIndexOf('/') + 1)..];
    }

    /// <summary>The import file name for the image at <paramref name="imageUrl"/>.</summary>
    /// <exception cref="BuildFailure">The URL names no file, or a file Proxmox cannot import.</exception>
    public static string For(Uri imageUrl, string templateFile)
    {
        var published = Published(imageUrl);
        if (published.Length == 0)
        {
            throw new BuildFailure($"image_url {imageUrl} names no file; point it at the image itself (e.g. …/noble-server-cloudimg-amd64.img) in {templateFile}.");
        }

        var name = Unsafe().Replace(published, "_");
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (Importable.Contains(extension))
        {
            return name;
        }

        if (extension == ".img")
        {
            return name[..^extension.Length] + ".qcow2";
        }

        if (Compressed.Contains(extension))
        {
            throw new BuildFailure(
                $"image_url {imageUrl} is a compressed file ({extension}), which Proxmox cannot import; point it at the .qcow2, .img or .raw image in {templateFile}.");
        }

        throw new BuildFailure(
            $"image_url {imageUrl} is not a .qcow2, .img, .raw, .vmdk or .ova image, so Proxmox cannot import it; fix image_url in {templateFile}.");
    }

    // Proxmox replaces these characters in stored file names; doing it here keeps the volume id predictable.
    [GeneratedRegex("[^A-Za-z0-9_.-]")]
    private static partial Regex Unsafe();
}
