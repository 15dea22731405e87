using System.Reflection;

namespace Cake.Frosting;

/// <summary>Finds the tasks of the registered assemblies: public, non-abstract classes that implement <see cref="IFrostingTask"/>.</summary>
internal static class TaskDiscovery
{
    public static IEnumerable<Type> FindTasks(IEnumerable<Assembly> assemblies)
        => assemblies
            .Distinct()
            .SelectMany(assembly => assembly.GetExportedTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IFrostingTask).IsAssignableFrom(type));
}
