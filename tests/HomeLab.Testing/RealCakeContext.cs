using Cake.Cli;
using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace HomeLab.Testing;

/// <summary>
/// Cake's real context, wired by Cake's own CoreModule: real file system, environment, ProcessRunner and tool locator.
/// Build it after setting PATH (the tool locator reads PATH once). Setting Cake's working directory also changes the
/// process's current directory, which <see cref="EnvironmentScope"/> restores.
/// </summary>
public static class RealCakeContext
{
    /// <param name="log">The log to use; a fresh <see cref="CapturingLog"/> when null.</param>
    /// <param name="workingDirectory">Cake's working directory; left as the process's current one when null.</param>
    public static ICakeContext Create(ICakeLog? log = null, string? workingDirectory = null)
    {
        var services = new ServiceCollection();
        services.UseModule<CoreModule>();
        services.AddSingleton(log ?? new CapturingLog());
        services.AddSingleton<ICakeConfiguration>(new CakeConfiguration(new Dictionary<string, string>()));
        services.AddSingleton<ICakeArguments>(new CakeArguments(Array.Empty<string>().ToLookup(a => a)));
        var context = services.BuildServiceProvider().GetRequiredService<ICakeContext>();
        if (workingDirectory is not null)
        {
            context.Environment.WorkingDirectory = new DirectoryPath(workingDirectory);
        }

        return context;
    }
}
