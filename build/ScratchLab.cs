namespace HomeLab.Build;

/// <summary>
/// A simulation works on a copy of the operator's lab, so that nothing it builds or promotes touches the real
/// manifests. The copy is made anew for each simulated run, as the simulated Proxmox itself starts empty.
/// </summary>
internal static class ScratchLab
{
    public static void Create(string operatorLab, string scratchLab)
    {
        if (Directory.Exists(scratchLab))
        {
            Directory.Delete(scratchLab, recursive: true);
        }

        Directory.CreateDirectory(scratchLab);
        var infra = Path.Combine(operatorLab, "infra");
        if (Directory.Exists(infra))
        {
            Copy(new DirectoryInfo(infra), Path.Combine(scratchLab, "infra"));
        }
    }

    // Links are copied as links (a legacy stable manifest is a relative link to its artifact) and never followed.
    private static void Copy(DirectoryInfo source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var entry in source.EnumerateFileSystemInfos())
        {
            var destination = Path.Combine(target, entry.Name);
            if (entry.LinkTarget is { } link)
            {
                File.CreateSymbolicLink(destination, link);
            }
            else if (entry is DirectoryInfo directory)
            {
                Copy(directory, destination);
            }
            else
            {
                File.Copy(entry.FullName, destination);
            }
        }
    }
}
