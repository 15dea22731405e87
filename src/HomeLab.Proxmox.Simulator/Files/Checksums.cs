using System.Security.Cryptography;

namespace HomeLab.Proxmox.Simulator.Files;

/// <summary>The checksum algorithms upload and download-url accept, computed over a file as lower-case hex.</summary>
internal static class Checksums
{
    public static readonly string[] Algorithms = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];

    public static string OfFile(string algorithm, string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(Hash(algorithm, stream));
    }

    public static async Task<string> OfFileAsync(string algorithm, string path, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan | FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            return Convert.ToHexStringLower(await HashAsync(algorithm, stream, cancellationToken).ConfigureAwait(false));
        }
    }

    private static byte[] Hash(string algorithm, Stream stream) => algorithm switch
    {
        "md5" => MD5.HashData(stream),
        "sha1" => SHA1.HashData(stream),
        "sha256" => SHA256.HashData(stream),
        "sha384" => SHA384.HashData(stream),
        "sha512" => SHA512.HashData(stream),
        _ => throw new TaskFailure($"simulator: checksum algorithm '{algorithm}' is not simulated"),
    };

    private static async Task<byte[]> HashAsync(string algorithm, Stream stream, CancellationToken cancellationToken) => algorithm switch
    {
        "md5" => await MD5.HashDataAsync(stream, cancellationToken).ConfigureAwait(false),
        "sha1" => await SHA1.HashDataAsync(stream, cancellationToken).ConfigureAwait(false),
        "sha256" => await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false),
        "sha384" => await SHA384.HashDataAsync(stream, cancellationToken).ConfigureAwait(false),
        "sha512" => await SHA512.HashDataAsync(stream, cancellationToken).ConfigureAwait(false),
        _ => throw new TaskFailure($"simulator: checksum algorithm '{algorithm}' is not simulated"),
    };
}
