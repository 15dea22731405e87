namespace HomeLab.Testing;

/// <summary>A unique scratch directory under the system temp folder, deleted on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory(string prefix = "homelab-test-")
    {
        Path = System.IO.Directory.CreateTempSubdirectory(prefix).FullName;
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Creates a sub-directory and returns its full path.</summary>
    public string Directory(params string[] parts) => System.IO.Directory.CreateDirectory(Combine(parts)).FullName;

    /// <summary>Writes a file (creating its folder) and returns its full path.</summary>
    public string File(string relativePath, string content)
    {
        var path = Combine(relativePath);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a process under test may still hold a file for a moment; the OS cleans temp later.
        }
    }
}
