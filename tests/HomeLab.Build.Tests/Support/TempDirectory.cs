namespace HomeLab.Build.Tests.Support;

internal sealed class TempDirectory : IDisposable
{
    public TempDirectory(string prefix = "homelab-test-")
    {
        Path = Directory.CreateTempSubdirectory(prefix).FullName;
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process under test may still hold a file for a moment; the OS cleans temp eventually.
        }
    }
}
