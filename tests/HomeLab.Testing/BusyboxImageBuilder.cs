using System.Formats.Tar;

namespace HomeLab.Testing;

/// <summary>
/// Builds a Docker image offline, since nothing can be pulled in the tests: a root file system holding Debian's static
/// busybox as <c>/bin/busybox</c> and a symlink per applet (<c>busybox --list</c>), tarred and <c>docker import</c>ed with <c>PATH=/bin</c> (an imported image has no
/// environment, and <c>docker exec</c> finds nothing without one).
/// </summary>
public static class BusyboxImageBuilder
{
    /// <summary>Where Debian's busybox-static puts it.</summary>
    public const string BusyboxPath = "/bin/busybox";

    /// <summary>Imports the image as <paramref name="tag"/> into <paramref name="engine"/>.</summary>
    /// <exception cref="InvalidOperationException">busybox is missing or not static (the message names busybox-static).</exception>
    public static void Import(DockerEngineFixture engine, string tag)
    {
        ArgumentNullException.ThrowIfNull(engine);
        using var tarball = new MemoryStream();
        WriteRootFileSystem(tarball, Applets());
        tarball.Position = 0;
        var result = engine.Docker(tarball, "import", "--change", "ENV PATH=/bin", "-", tag);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"docker import of {tag} failed ({result.ExitCode}): {result.StandardError.Trim()}");
        }
    }

    /// <summary>The applets busybox offers, from <c>busybox --list</c>.</summary>
    public static IReadOnlyList<string> Applets()
    {
        if (!File.Exists(BusyboxPath))
        {
            throw new InvalidOperationException($"{BusyboxPath} was not found: install it with apt-get install busybox-static; the Docker tests build their image from it.");
        }

        if (ElfInterpreter.IsDynamic(BusyboxPath))
        {
            throw new InvalidOperationException($"{BusyboxPath} is dynamically linked and cannot run in an empty image: install busybox-static (apt-get install busybox-static).");
        }

        var start = new System.Diagnostics.ProcessStartInfo(BusyboxPath, "--list") { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = System.Diagnostics.Process.Start(start)!;
        var applets = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        process.WaitForExit();
        return applets.Where(applet => applet != "busybox" && !applet.Contains('/', StringComparison.Ordinal)).ToList();
    }

    /// <summary>Writes the tarball: <c>bin/</c>, <c>tmp/</c>, <c>bin/busybox</c> and one symlink per applet.</summary>
    public static void WriteRootFileSystem(Stream destination, IReadOnlyList<string> applets)
    {
        ArgumentNullException.ThrowIfNull(applets);
        using var writer = new TarWriter(destination, TarEntryFormat.Pax, leaveOpen: true);
        writer.WriteEntry(new PaxTarEntry(TarEntryType.Directory, "bin/") { Mode = Mode(0b111_101_101) });
        writer.WriteEntry(new PaxTarEntry(TarEntryType.Directory, "tmp/") { Mode = Mode(0b111_111_111) | UnixFileMode.StickyBit });
        using (var busybox = File.OpenRead(BusyboxPath))
        {
            writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "bin/busybox") { Mode = Mode(0b111_101_101), DataStream = busybox });
        }

        foreach (var applet in applets)
        {
            writer.WriteEntry(new PaxTarEntry(TarEntryType.SymbolicLink, "bin/" + applet) { LinkName = "busybox", Mode = Mode(0b111_111_111) });
        }
    }

    private static UnixFileMode Mode(int bits) => (UnixFileMode)bits;
}
