namespace HomeLab.Testing;

/// <summary>Writes the small shell scripts that stand in for real tools in tests.</summary>
public static class Executable
{
    /// <summary>Writes a script and marks it executable (the fakes are shell scripts, so these tests are Unix-only).</summary>
    public static void WriteScript(string path, string content)
    {
        File.WriteAllText(path, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
