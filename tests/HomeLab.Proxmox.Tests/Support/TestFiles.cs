using System.Security.Cryptography;

namespace HomeLab.Proxmox.Tests.Support;

/// <summary>A unique temporary directory with random files in it; deleted on dispose.</summary>
internal sealed class TestFiles : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("homelab-proxmox-tests-");

    /// <summary>Writes <paramref name="size"/> random bytes in 1 MiB chunks (never the whole file in memory).</summary>
    public string Random(string name, long size)
    {
        var path = Path.Combine(_directory.FullName, name);
        var chunk = new byte[Math.Min(size, 1 << 20)];
        using var file = File.Create(path);
        for (long written = 0; written < size; written += chunk.Length)
        {
            RandomNumberGenerator.Fill(chunk);
            file.Write(chunk, 0, (int)Math.Min(chunk.Length, size - written));
        }

        return path;
    }

    public static string Sha256(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public void Dispose() => _directory.Delete(recursive: true);
}

/// <summary>An IProgress that runs its callback at once, on the reporting thread (Progress&lt;T&gt; posts it later).</summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
