using Cake.Core.IO;

namespace HomeLab.Tools.Ansible;

/// <summary>
/// The extra-vars file of one run: <c>&lt;temp&gt;/homelab-ansible-&lt;random&gt;/extra-vars.json</c>, the folder
/// mode 0700 and the file 0600 (on Unix), both deleted on dispose.
/// </summary>
internal sealed class AnsibleExtraVarsFile : IDisposable
{
    /// <summary>The file's name inside the run's folder.</summary>
    public const string FileName = "extra-vars.json";

    /// <summary>What the folder's name starts with.</summary>
    public const string FolderPrefix = "homelab-ansible-";

    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly string _folder;

    private AnsibleExtraVarsFile(string folder, string path)
    {
        _folder = folder;
        Path = path;
    }

    /// <summary>The file's full path, for <c>-e @path</c>.</summary>
    public string Path { get; }

    /// <summary>The path a run would use under <paramref name="tempDirectory"/>, with a placeholder for the random part.</summary>
    public static string Placeholder(DirectoryPath tempDirectory) =>
        System.IO.Path.Combine(tempDirectory.FullPath, FolderPrefix + "<run>", FileName);

    /// <summary>Creates the run's folder and writes <paramref name="content"/> to the file, readable by this user only.</summary>
    public static AnsibleExtraVarsFile Write(DirectoryPath tempDirectory, byte[] content)
    {
        var folder = System.IO.Path.Combine(tempDirectory.FullPath, FolderPrefix + Guid.NewGuid().ToString("N")[..12]);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }

        var file = new AnsibleExtraVarsFile(folder, System.IO.Path.Combine(folder, FileName));
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerOnlyFile;
            }

            using var stream = new FileStream(file.Path, options);
            stream.Write(content);
        }
        catch
        {
            file.Dispose();
            throw;
        }

        return file;
    }

    /// <summary>Deletes the file and the run's folder.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone.
        }
    }
}
