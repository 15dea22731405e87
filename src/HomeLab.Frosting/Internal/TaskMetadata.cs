using System.Reflection;

namespace Cake.Frosting;

/// <summary>What a task's type says about it: its name, description, context type and which members it overrides.</summary>
internal static class TaskMetadata
{
    public static string GetName(Type task)
        => task.GetCustomAttribute<TaskNameAttribute>()?.Name ?? task.Name;

    public static string? GetDescription(Type task)
        => task.GetCustomAttribute<TaskDescriptionAttribute>()?.Description;

    public static bool ContinuesOnError(Type task)
        => task.GetCustomAttribute<ContinueOnErrorAttribute>() is not null;

    /// <summary>The T of FrostingTask&lt;T&gt; or AsyncFrostingTask&lt;T&gt;; null for a class that implements IFrostingTask itself.</summary>
    public static Type? GetContextType(Type task)
    {
        for (var type = task; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType
                && (type.GetGenericTypeDefinition() == typeof(FrostingTask<>) || type.GetGenericTypeDefinition() == typeof(AsyncFrostingTask<>)))
            {
                return type.GetGenericArguments()[0];
            }
        }

        return null;
    }

    /// <summary>
    /// True when the task overrides the base class's virtual <paramref name="method"/>; the host only wires what a task
    /// overrides (a task without Run is "delegated"). A direct IFrostingTask implementation counts as overriding everything.
    /// </summary>
    public static bool Overrides(Type task, string method)
        => GetContextType(task) is null
            || task.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Any(candidate => candidate.Name == method && candidate.GetBaseDefinition().DeclaringType != candidate.DeclaringType);
}
