namespace HomeLab.Proxmox;

/// <summary>
/// POST /nodes/{node}/storage/{storage}/upload: <see cref="FilePath"/> is streamed from disk. With
/// <see cref="Sha256"/>, the upload task verifies the file and fails on a mismatch.
/// </summary>
public sealed record UploadRequest
{
    /// <summary>iso, vztmpl or import.</summary>
    public required string Content { get; init; }

    /// <summary>The local file to send.</summary>
    public required string FilePath { get; init; }

    /// <summary>The name on the storage; the local file's name when null.</summary>
    public string? FileName { get; init; }

    /// <summary>Hex SHA-256 of the file.</summary>
    public string? Sha256 { get; init; }

    /// <summary>The name as Proxmox will store it: path stripped, characters outside [A-Za-z0-9_.-] replaced by '_'.</summary>
    public string TargetFileName => ContentFileName.Normalise(FileName ?? Path.GetFileName(FilePath));
}
