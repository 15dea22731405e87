using Cake.Cli;
using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace HomeLab.Clean.Tests.Support;

/// <summary>Cake's real context from Cake's CoreModule (real process runner and tool locator, which finds git on PATH).</summary>
internal static class RealCakeContext
{
    public static ICakeContext Create(ICakeLog? log = null)
    {
        var services = new ServiceCollection();
        services.UseModule<CoreModule>();
        services.AddSingleton(log ?? new CapturingLog());
        services.AddSingleton<ICakeConfiguration>(new CakeConfiguration(new Dictionary<string, string>()));
        services.AddSingleton<ICakeArguments>(new CakeArguments(Array.Empty<string>().ToLookup(a => a)));
        return services.BuildServiceProvider().GetRequiredService<ICakeContext>();
    }
}
