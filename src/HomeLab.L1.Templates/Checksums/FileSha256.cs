using System.Buffers;
using System.Security.Cryptography;

namespace HomeLab.L1.Templates;

/// <summary>The SHA-256 of a file, read in 1 MiB chunks: memory stays flat whatever its size.</summary>
internal static class FileSha256
{
    private const int ChunkSize = 1 << 20;

    public static async Task<string> ComputeAsync(string path, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (file.ConfigureAwait(false))
            {
                int read;
                while ((read = await file.ReadAsync(buffer.AsMemory(0, ChunkSize), ct).ConfigureAwait(false)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                }

                return Convert.ToHexStringLower(hash.GetHashAndReset());
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
