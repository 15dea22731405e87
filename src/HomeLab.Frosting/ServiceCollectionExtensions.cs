using Cake.Core.IO;
using Microsoft.Extensions.DependencyInjection;

namespace Cake.Frosting;

/// <summary>The registrations behind <see cref="CakeHostExtensions"/>, for use inside <c>ConfigureServices</c> or a startup.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection UseContext<TContext>(this IServiceCollection services)
        where TContext : class, IFrostingContext
        => services.AddSingleton<IFrostingContext, TContext>();

    public static IServiceCollection UseLifetime<TLifetime>(this IServiceCollection services)
        where TLifetime : class, IFrostingLifetime
        => services.UseSetup<TLifetime>().UseTeardown<TLifetime>();

    public static IServiceCollection UseSetup<TSetup>(this IServiceCollection services)
        where TSetup : class, IFrostingSetup
        => services.AddSingletonAs<IFrostingSetup, TSetup>();

    public static IServiceCollection UseTeardown<TTeardown>(this IServiceCollection services)
        where TTeardown : class, IFrostingTeardown
        => services.AddSingletonAs<IFrostingTeardown, TTeardown>();

    public static IServiceCollection UseTaskLifetime<TLifetime>(this IServiceCollection services)
        where TLifetime : class, IFrostingTaskLifetime
        => services.UseTaskSetup<TLifetime>().UseTaskTeardown<TLifetime>();

    public static IServiceCollection UseTaskSetup<TSetup>(this IServiceCollection services)
        where TSetup : class, IFrostingTaskSetup
        => services.AddSingletonAs<IFrostingTaskSetup, TSetup>();

    public static IServiceCollection UseTaskTeardown<TTeardown>(this IServiceCollection services)
        where TTeardown : class, IFrostingTaskTeardown
        => services.AddSingletonAs<IFrostingTaskTeardown, TTeardown>();

    /// <summary>The working directory when <c>--working</c> is not given.</summary>
    public static IServiceCollection UseWorkingDirectory(this IServiceCollection services, DirectoryPath path)
        => services.AddSingleton(new WorkingDirectory(path));

    /// <summary>A Cake configuration value with the lowest precedence (below CAKE_* variables, cake.config and arguments).</summary>
    public static IServiceCollection UseCakeSetting(this IServiceCollection services, string key, string value)
        => services.AddSingleton(new CakeSetting(key, value));

    public static IServiceCollection UseToolPath(this IServiceCollection services, DirectoryPath path)
        => services.UseCakeSetting("Paths_Tools", path.FullPath);

    // One instance per type, however many roles (setup, teardown) it is registered for.
    private static IServiceCollection AddSingletonAs<TService, TImplementation>(this IServiceCollection services)
        where TService : class
        where TImplementation : class, TService
    {
        services.AddSingleton<TImplementation>();
        return services.AddSingleton<TService>(provider => provider.GetRequiredService<TImplementation>());
    }
}
