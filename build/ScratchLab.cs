using HomeLab.Manifests;

namespace HomeLab.Build;

/// <summary>
/// A simulation works on a copy of the operator's lab, so that nothing it builds, promotes or plans touches the real
/// manifests or Terraform state. Each simulated run gets its own copy (two rehearsals at once never share one), and
/// when it ends the copy replaces <c>artifacts/simulation/lab</c> whole, for the operator to look at.
/// </summary>
internal static class ScratchLab
{
    /// <summary>Switches a copied Terraform root to local state, so a rehearsal never reaches the real backend.</summary>
    public const string OverrideFileName = "homelab_simulate_override.tf";

    private const string OverrideText =
        "# Written by HomeLab --simulate in its scratch copy of the lab: state stays in this folder, never in the real backend.\n"
        + "terraform {\n  backend \"local\" {}\n}\n";

    /// <summary>This run's own scratch folder beside <paramref name="published"/>.</summary>
    public static string RunFolderFor(string published) => $"{published}.run-{Environment.ProcessId}-{Guid.NewGuid():N}";

    /// <summary>
    /// Copies the lab's <c>infra/</c>, its Ansible files (<c>ansible/</c>, <c>ansible.cfg</c>), its Compose stacks
    /// (<c>compose/</c>) and its Terraform roots into <paramref name="scratchLab"/>, the roots to
    /// <paramref name="scratchRoots"/> (relative to the copy). They come without <c>.terraform/</c>, state or plan
    /// files, and each gets <see cref="OverrideFileName"/>.
    /// </summary>
    public static void Create(string operatorLab, string scratchLab, string terraformRoots, string scratchRoots)
    {
        Directory.CreateDirectory(scratchLab);
        foreach (var folder in new[] { "infra", "ansible", "compose" })
        {
            CopyIfPresent(Path.Combine(operatorLab, folder), Path.Combine(scratchLab, folder));
        }

        if (File.Exists(Path.Combine(operatorLab, "ansible.cfg")))
        {
            File.Copy(Path.Combine(operatorLab, "ansible.cfg"), Path.Combine(scratchLab, "ansible.cfg"));
        }
        var roots = Path.Combine(scratchLab, scratchRoots);
        if (CopyIfPresent(terraformRoots, roots))
        {
            foreach (var root in Directory.EnumerateDirectories(roots).Where(folder => Directory.EnumerateFiles(folder, "*.tf").Any()))
            {
                File.WriteAllText(Path.Combine(root, OverrideFileName), OverrideText);
            }
        }
    }

    /// <summary>Moves this run's copy to where the operator looks for it, replacing the one an earlier run left.</summary>
    public static void Publish(string scratchLab, string published)
    {
        if (Directory.Exists(scratchLab))
        {
            FolderSwap.Replace(published, scratchLab);
        }
    }

    private static bool CopyIfPresent(string source, string target)
    {
        if (!Directory.Exists(source))
        {
            return false;
        }

        Copy(new DirectoryInfo(source), target);
        return true;
    }

    // Links are copied as links (a legacy stable manifest is a relative link to its artifact; a root links the shared
    // providers.tf) and never followed. Terraform's working files and state stay the operator's.
    private static void Copy(DirectoryInfo source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var entry in source.EnumerateFileSystemInfos().Where(entry => !IsTerraformWorkingFile(entry.Name)))
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

    private static bool IsTerraformWorkingFile(string name) =>
        name == ".terraform"
        || name.EndsWith(".tfstate", StringComparison.Ordinal)
        || name.EndsWith(".tfstate.backup", StringComparison.Ordinal)
        || name == ".terraform.tfstate.lock.info"
        || name.EndsWith(".tfplan", StringComparison.Ordinal);
}
