namespace HomeLab.L0.Runway.Tests.Support;

/// <summary>A unique directory under the system temp folder, deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("homelab-runway-").FullName;
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes an executable /bin/sh script.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public string Script(string name, string body)
    {
        var file = Combine(name);
        File.WriteAllText(file, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A probe killed on timeout may still hold the directory for a moment; the OS cleans temp later.
        }
    }
}
