namespace Cake.Frosting;

/// <summary>What a host needs to match its task objects to the engine's tasks.</summary>
public static class FrostingTaskExtensions
{
    /// <summary>The name the task is registered under: its <see cref="TaskNameAttribute"/>, else its type's name.</summary>
    public static string GetTaskName(this IFrostingTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return TaskMetadata.GetName(task.GetType());
    }
}
