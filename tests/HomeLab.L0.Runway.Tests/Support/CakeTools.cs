using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;
using HomeLab.L0.Runway.Tools;

namespace HomeLab.L0.Runway.Tests.Support;

/// <summary>Cake's real tool locator and process runner, with PATH pointed at one directory.</summary>
internal static class CakeTools
{
    public static CakeToolProbe ProbeWithPath(string pathDirectory, ToolVersionCache? cache = null)
    {
        var environment = new PathOverride(new CakeEnvironment(new CakePlatform(), new CakeRuntime()), pathDirectory);
        var fileSystem = new FileSystem();
        var log = new NullLog();
        var configuration = new CakeConfiguration(new Dictionary<string, string>());
        var globber = new Globber(fileSystem, environment);
        var locator = new ToolLocator(environment, new ToolRepository(environment),
            new ToolResolutionStrategy(fileSystem, environment, globber, configuration, log));
        var runner = new ProcessRunner(fileSystem, environment, log, locator, configuration);
        return new CakeToolProbe(locator, runner, environment.Platform, cache);
    }

    /// <summary>The real environment, except that PATH is the given directory only.</summary>
    private sealed class PathOverride(ICakeEnvironment inner, string path) : ICakeEnvironment
    {
        public DirectoryPath WorkingDirectory { get => inner.WorkingDirectory; set => inner.WorkingDirectory = value; }

        public DirectoryPath UserHomeDirectory => inner.UserHomeDirectory;

        public DirectoryPath ApplicationRoot => inner.ApplicationRoot;

        public ICakePlatform Platform => inner.Platform;

        public ICakeRuntime Runtime => inner.Runtime;

        public DirectoryPath GetSpecialPath(SpecialPath path) => inner.GetSpecialPath(path);

        public string GetEnvironmentVariable(string variable) =>
            string.Equals(variable, "PATH", StringComparison.OrdinalIgnoreCase) ? path : inner.GetEnvironmentVariable(variable);

        public IDictionary<string, string> GetEnvironmentVariables()
        {
            var variables = new Dictionary<string, string>(inner.GetEnvironmentVariables()) { ["PATH"] = path };
            return variables;
        }
    }
}
