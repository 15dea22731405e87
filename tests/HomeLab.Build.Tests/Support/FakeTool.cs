namespace HomeLab.Build.Tests.Support;

/// <summary>
/// Writes small executable shell scripts that stand in for tools which cannot be installed here
/// (terraform, doppler). Each appends its arguments, one call per line, to <c>&lt;name&gt;.calls</c> beside it.
/// </summary>
internal static class FakeTool
{
    public static string Write(string directory, string name, string body)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        var script = "#!/bin/sh\n"
            + $"echo \"$*\" >> \"{Path.Combine(directory, name)}.calls\"\n"
            + body + "\n";
        File.WriteAllText(path, script);
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("The fake tools are shell scripts.");
            return path;
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        return path;
    }

    /// <summary>A tool that answers any call by printing a version line and exiting 0.</summary>
    public static string WriteVersioned(string directory, string name, string version) =>
        Write(directory, name, $"echo '{name} {version}'");

    /// <summary>Each call's arguments, space-separated, in the order of the calls.</summary>
    public static string[] RecordedCalls(string directory, string name)
    {
        var file = Path.Combine(directory, name + ".calls");
        return File.Exists(file) ? File.ReadAllLines(file) : [];
    }
}
