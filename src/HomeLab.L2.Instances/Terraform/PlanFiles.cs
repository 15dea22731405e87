namespace HomeLab.L2.Instances.Terraform;

/// <summary>
/// Saved plans hold every variable's value, the token secret included: their folder is the owner's alone, the file
/// is 0600, and a plan from an earlier run is removed before planning, so that only this run's plan can be applied.
/// </summary>
internal static class PlanFiles
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Prepare(string planFile)
    {
        var folder = Path.GetDirectoryName(planFile)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
            File.SetUnixFileMode(folder, OwnerOnlyFolder);
        }

        File.Delete(planFile);
    }

    public static void Protect(string planFile)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(planFile))
        {
            File.SetUnixFileMode(planFile, OwnerOnlyFile);
        }
    }

    public static void Remove(string planFile) => File.Delete(planFile);
}
