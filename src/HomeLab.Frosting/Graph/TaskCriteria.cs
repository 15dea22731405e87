using Cake.Core;

namespace Cake.Frosting;

/// <summary>What each task's criteria say in this run, for the tasks that describe them (<see cref="ICriteriaDescription"/>).</summary>
internal sealed class TaskCriteria(IEnumerable<IFrostingTask> tasks, IFrostingContext context)
{
    private readonly Dictionary<string, ICriteriaDescription> _described = tasks
        .Where(task => task is ICriteriaDescription)
        .GroupBy(task => TaskMetadata.GetName(task.GetType()), StringComparer.OrdinalIgnoreCase)
        .ToDictionary(group => group.Key, group => (ICriteriaDescription)group.First(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The criteria of <paramref name="task"/> with this run's values; null when it describes none.</summary>
    public string? Describe(string task)
    {
        if (!_described.TryGetValue(task, out var description))
        {
            return null;
        }

        try
        {
            return description.DescribeCriteria(context);
        }
        catch (CakeException exception)
        {
            // A criterion that cannot be read (a mistyped switch) is shown, not fatal: the run itself reports it.
            return "cannot tell: " + exception.Message;
        }
    }
}
