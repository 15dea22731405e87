using System.Reflection;
using Cake.Cli;
using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.Tooling;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Cake.Frosting;

/// <summary>
/// A build host in the shape of Cake.Frosting's: discovers the tasks of its assemblies, parses the command line
/// and runs the targets on the Cake engine, using the script hosts of Cake.Cli.
/// </summary>
public sealed class CakeHost
{
    private readonly ServiceCollection _services = new();
    private readonly List<Assembly> _assemblies = [];

    public CakeHost()
    {
        if (Assembly.GetEntryAssembly() is { } entryAssembly)
        {
            _assemblies.Add(entryAssembly);
        }

        _services.AddCakeDiagnostics();
        _services.UseCakeDefaultModules();
        _services.AddSingleton<ToolInstaller>();
        _services.AddSingleton<IToolInstaller>(provider => new DeferredToolInstaller(provider.GetRequiredService<ToolInstaller>));

        _services.AddSingleton<IFrostingContext, FrostingContext>();
        _services.AddSingleton<RunConfiguration>();
        _services.AddSingleton<ICakeArguments>(provider => provider.GetRequiredService<RunConfiguration>().Arguments);
        _services.AddSingleton<ICakeConfiguration>(provider => provider.GetRequiredService<RunConfiguration>().Configuration);
        _services.AddSingleton<TaskRegistrar>();
        _services.AddSingleton<SuccessExitCode>();
        _services.AddSingleton<TaskCriteria>();

        _services.AddSingleton<BuildScriptHost<IFrostingContext>>();
        _services.AddSingleton<DryRunScriptHost<IFrostingContext>>();
        _services.AddSingleton<TreeScriptHost>();
        _services.AddSingleton<DescriptionScriptHost>();

        _services.AddSingleton<IVersionResolver, VersionResolver>();
        _services.AddSingleton<ICakeVersionFeature, VersionFeature>();
        _services.AddSingleton<ICakeInfoFeature, InfoFeature>();
    }

    public static CakeHost Create() => new();

    /// <summary>Also discover the tasks of <paramref name="assembly"/> (the entry assembly is always included).</summary>
    public CakeHost AddAssembly(Assembly assembly)
    {
        _assemblies.Add(assembly);
        return this;
    }

    /// <summary>Changes the host's services now; later registrations replace earlier ones.</summary>
    public CakeHost ConfigureServices(Action<IServiceCollection> configure)
    {
        configure(_services);
        return this;
    }

    /// <summary>Runs the targets named on the command line and returns the process exit code.</summary>
    public int Run(IEnumerable<string> args)
    {
        foreach (var task in TaskDiscovery.FindTasks(_assemblies))
        {
            _services.AddSingleton(typeof(IFrostingTask), task);
        }

        using var services = _services.BuildServiceProvider();
        var console = services.GetRequiredService<IAnsiConsole>();
        var log = services.GetRequiredService<ICakeLog>();

        var app = new CommandApp<DefaultCommand>(new TypeRegistrar(new ServiceCollection().AddSingleton(services)));
        app.Configure(config =>
        {
            config.ConfigureConsole(console);
            config.AddExample();
            config.AddExample("--verbosity", "quiet");
            config.AddExample("--tree");
            // A bad option or value is one "Error: ..." line like any other error, not Spectre's exception rendering.
            config.SetExceptionHandler((exception, _) => LogUsageError(log, exception));
            if (services.GetService<HostOptionCatalogue>() is { } catalogue)
            {
                config.SetHelpProvider(new CatalogueHelpProvider(config.Settings, catalogue));
            }
        });
        return app.Run(args);
    }

    private static int LogUsageError(ICakeLog log, Exception exception)
    {
        // Spectre wraps a converter's own message ("The value 'loud' is not a valid verbosity.") in a generic one.
        var message = (exception.InnerException ?? exception).Message;
        log.Error("Error: {0} Run with --help to see the options.", message);
        return 1;
    }
}
