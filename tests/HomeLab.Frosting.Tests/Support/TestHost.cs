using Cake.Core;
using Cake.Frosting;
using HomeLab.Frosting.Tests.Sample;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HomeLab.Frosting.Tests.Support;

/// <summary>Runs a real <see cref="CakeHost"/> over the sample tasks of this assembly, capturing its output.</summary>
internal static class TestHost
{
    public static HostRun Run(params string[] args) => Run(host => host, args);

    public static HostRun Run(Func<CakeHost, CakeHost> configure, params string[] args)
    {
        var output = new CapturedOutput();
        var journal = new Journal();
        var host = new CakeHost()
            .AddAssembly(typeof(TestHost).Assembly)
            .UseContext<SampleContext>()
            // Cake makes the working directory the process's current directory; keep it the same for every test.
            .UseWorkingDirectory(TestContext.CurrentContext.WorkDirectory)
            .ConfigureServices(services =>
            {
                services.AddSingleton(output.Console);
                services.AddSingleton(output.AnsiConsole);
                services.AddSingleton(journal);
            });

        var exitCode = configure(host).Run(args);
        return new HostRun(exitCode, output.All, output.ErrorLines, journal.Entries);
    }
}
