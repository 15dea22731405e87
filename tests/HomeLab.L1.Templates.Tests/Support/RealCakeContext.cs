using Cake.Cli;
using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace HomeLab.L1.Templates.Tests.Support;

/// <summary>
/// Cake's real context, wired by Cake's own CoreModule: real file system, environment, ProcessRunner and tool locator.
/// Setting its working directory also changes the process's current directory, which <see cref="EnvironmentScope"/> restores.
/// </summary>
internal static class RealCakeContext
{
    public static ICakeContext Create(ICakeLog log, string workingDirectory)
    {
        var services = new ServiceCollection();
        services.UseModule<CoreModule>();
        services.AddSingleton(log);
        services.AddSingleton<ICakeConfiguration>(new CakeConfiguration(new Dictionary<string, string>()));
        services.AddSingleton<ICakeArguments>(new CakeArguments(Array.Empty<string>().ToLookup(a => a)));
        var context = services.BuildServiceProvider().GetRequiredService<ICakeContext>();
        context.Environment.WorkingDirectory = new DirectoryPath(workingDirectory);
        return context;
    }
}
