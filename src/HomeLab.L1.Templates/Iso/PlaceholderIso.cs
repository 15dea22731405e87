using System.Text;

namespace HomeLab.L1.Templates;

/// <summary>
/// The stand-in ISO a simulation uploads when the real one was never built: 1 MiB of fixed content, so that its
/// checksum is the same on every run.
/// </summary>
internal static class PlaceholderIso
{
    public const int Size = 1 << 20;

    /// <summary>Where it is written: <c>&lt;os folder&gt;/.iso-build/&lt;iso name&gt;</c> (inside a simulation's scratch lab).</summary>
    public static string PathFor(string osDirectory, string isoName) => Path.Combine(osDirectory, ".iso-build", isoName);

    public static async Task WriteAsync(string path, string os, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var content = new byte[Size];
        var header = Encoding.ASCII.GetBytes($"HomeLab simulation placeholder ISO for {os}; build_command was not run.\n");
        for (var i = header.Length; i < content.Length; i++)
        {
            content[i] = (byte)(i % 251);
        }

        header.CopyTo(content, 0);
        await File.WriteAllBytesAsync(path, content, ct).ConfigureAwait(false);
    }
}
