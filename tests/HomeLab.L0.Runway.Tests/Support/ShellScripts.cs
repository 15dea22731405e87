using HomeLab.Testing;

namespace HomeLab.L0.Runway.Tests.Support;

internal static class ShellScripts
{
    /// <summary>Writes an executable /bin/sh script named <paramref name="name"/> in the directory and returns its path.</summary>
    public static string Script(this TempDirectory directory, string name, string body)
    {
        var file = directory.Combine(name);
        Executable.WriteScript(file, "#!/bin/sh\n" + body + "\n");
        return file;
    }
}
