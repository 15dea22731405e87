using System.Reflection;

namespace HomeLab.Build.Tests.Support;

/// <summary>Where the repository and the built host are, seen from the test assembly.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The host built with the same configuration as the tests, as a dependency of this project.</summary>
    public static string HostDll
    {
        get
        {
            var configuration = typeof(RepositoryPaths).Assembly
                .GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            return Path.Combine(Root, "build", "bin", configuration, "net10.0", "HomeLab.Build.dll");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HomeLab.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("HomeLab.sln not found above " + AppContext.BaseDirectory);
    }
}
