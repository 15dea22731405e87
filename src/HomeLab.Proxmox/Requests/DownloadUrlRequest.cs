namespace HomeLab.Proxmox;

/// <summary>
/// POST /nodes/{node}/storage/{storage}/download-url: the node fetches <see cref="Url"/> itself. With a
/// <see cref="Checksum"/>, the task verifies it and keeps an existing file that already matches; without one, it
/// refuses to replace an existing file.
/// </summary>
public sealed record DownloadUrlRequest
{
    public required Uri Url { get; init; }

    /// <summary>iso, vztmpl or import.</summary>
    public required string Content { get; init; }

    /// <summary>The target file name; its extension must fit the content (import: .qcow2, .raw, .vmdk, .ova).</summary>
    public required string FileName { get; init; }

    /// <summary>Hex digest of the file, in <see cref="ChecksumAlgorithm"/>.</summary>
    public string? Checksum { get; init; }

    /// <summary>md5, sha1, sha224, sha256, sha384 or sha512; sent only with a checksum.</summary>
    public string ChecksumAlgorithm { get; init; } = "sha256";

    /// <summary>False lets the node accept any TLS certificate of the source; null leaves Proxmox's default (verify).</summary>
    public bool? VerifyCertificates { get; init; }

    /// <summary>gz, lzo, zst or bz2: decompress after download (iso only).</summary>
    public string? Compression { get; init; }

    internal IReadOnlyList<KeyValuePair<string, string>> ToParameters() =>
        new FormValues()
            .Add("url", Url.AbsoluteUri)
            .Add("content", Content)
            .Add("filename", FileName)
            .Add("checksum-algorithm", Checksum is null ? null : ChecksumAlgorithm)
            .Add("checksum", Checksum)
            .Add("verify-certificates", VerifyCertificates)
            .Add("compression", Compression)
            .Values;
}
