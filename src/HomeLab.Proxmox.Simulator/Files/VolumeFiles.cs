namespace HomeLab.Proxmox.Simulator.Files;

/// <summary>
/// Where the simulator keeps real bytes: &lt;files&gt;/&lt;node&gt;/&lt;storage&gt;/&lt;volname&gt; for volumes, and
/// &lt;files&gt;/tmp for uploads in flight (pveproxy's /var/tmp/pveupload-*).
/// </summary>
internal static class VolumeFiles
{
    public static string PathFor(SimulatorState state, SimNode node, SimStorage storage, string volName)
    {
        var path = Path.Combine(state.FilesDirectory, node.Name, storage.Id, volName.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>A fresh temporary upload file name, "pveupload-&lt;32 hex&gt;".</summary>
    public static string NewUploadPath(SimulatorState state)
    {
        var directory = Directory.CreateDirectory(Path.Combine(state.FilesDirectory, "tmp")).FullName;
        return Path.Combine(directory, "pveupload-" + Guid.NewGuid().ToString("N"));
    }

    public static void DeleteQuietly(string? path)
    {
        try
        {
            if (path is not null)
            {
                File.Delete(path);
            }
        }
        catch (IOException)
        {
            // Best effort, as pveproxy's cleanup of its temporary files.
        }
    }
}
