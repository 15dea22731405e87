using Cake.Cli;
using Cake.Core.Composition;
using Cake.Core.IO;
using Microsoft.Extensions.DependencyInjection;

namespace Cake.Frosting;

/// <summary>Builder methods for <see cref="CakeHost"/>; each one configures the host's services.</summary>
public static class CakeHostExtensions
{
    public static CakeHost UseContext<TContext>(this CakeHost host)
        where TContext : class, IFrostingContext
        => host.ConfigureServices(services => services.UseContext<TContext>());

    public static CakeHost UseLifetime<TLifetime>(this CakeHost host)
        where TLifetime : class, IFrostingLifetime
        => host.ConfigureServices(services => services.UseLifetime<TLifetime>());

    public static CakeHost UseSetup<TSetup>(this CakeHost host)
        where TSetup : class, IFrostingSetup
        => host.ConfigureServices(services => services.UseSetup<TSetup>());

    public static CakeHost UseTeardown<TTeardown>(this CakeHost host)
        where TTeardown : class, IFrostingTeardown
        => host.ConfigureServices(services => services.UseTeardown<TTeardown>());

    public static CakeHost UseTaskLifetime<TLifetime>(this CakeHost host)
        where TLifetime : class, IFrostingTaskLifetime
        => host.ConfigureServices(services => services.UseTaskLifetime<TLifetime>());

    public static CakeHost UseTaskSetup<TSetup>(this CakeHost host)
        where TSetup : class, IFrostingTaskSetup
        => host.ConfigureServices(services => services.UseTaskSetup<TSetup>());

    public static CakeHost UseTaskTeardown<TTeardown>(this CakeHost host)
        where TTeardown : class, IFrostingTaskTeardown
        => host.ConfigureServices(services => services.UseTaskTeardown<TTeardown>());

    public static CakeHost UseStartup<TStartup>(this CakeHost host)
        where TStartup : IFrostingStartup, new()
        => host.ConfigureServices(services => new TStartup().Configure(services));

    public static CakeHost UseModule<TModule>(this CakeHost host)
        where TModule : ICakeModule, new()
        => host.ConfigureServices(services => services.UseModule<TModule>());

    /// <summary>The working directory when <c>--working</c> is not given (default: the process's current directory).</summary>
    public static CakeHost UseWorkingDirectory(this CakeHost host, DirectoryPath path)
        => host.ConfigureServices(services => services.UseWorkingDirectory(path));

    /// <summary>A Cake configuration value with the lowest precedence (below CAKE_* variables, cake.config and arguments).</summary>
    public static CakeHost UseCakeSetting(this CakeHost host, string key, string value)
        => host.ConfigureServices(services => services.UseCakeSetting(key, value));

    /// <summary>The build's own options and target aliases, for <c>--help</c> and <c>--completion</c>.</summary>
    public static CakeHost UseOptionCatalogue(this CakeHost host, HostOptionCatalogue catalogue)
        => host.ConfigureServices(services => services.AddSingleton(catalogue));

    /// <summary>Adds a writer of the run report, called once per run of tasks however it ends.</summary>
    public static CakeHost UseRunReportWriter<TWriter>(this CakeHost host)
        where TWriter : class, IRunReportWriter
        => host.ConfigureServices(services => services.AddSingleton<IRunReportWriter, TWriter>());

    public static CakeHost SetToolPath(this CakeHost host, DirectoryPath path)
        => host.ConfigureServices(services => services.UseToolPath(path));
}
