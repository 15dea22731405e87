namespace HomeLab.Testing;

/// <summary>Finds the programs real-process fixtures need on PATH, failing with the package that provides them.</summary>
public static class ProgramLocator
{
    /// <summary>The full path of <paramref name="program"/> on PATH, or null.</summary>
    public static string? Find(string program)
    {
        if (Path.IsPathRooted(program))
        {
            return File.Exists(program) ? program : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>The full path of <paramref name="program"/>; throws naming <paramref name="package"/> when it is missing.</summary>
    /// <exception cref="InvalidOperationException">The program is not on PATH.</exception>
    public static string Require(string program, string package) => Find(program)
        ?? throw new InvalidOperationException($"{program} was not found on PATH: install it with apt-get install {package}; this test needs the real one.");
}
