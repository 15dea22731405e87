using Cake.Core;

namespace Cake.Frosting;

/// <summary>
/// Follows a run through the engine's task events and keeps what each task did, so that a report can be written
/// however the run ends: normally, with a failure, or interrupted in the middle of a task.
/// </summary>
internal sealed class RunRecorder
{
    private readonly object _gate = new();
    private readonly ICakeEngine _engine;
    private readonly TaskCriteria _criteria;
    private readonly TaskRegistrar _registrar;
    private readonly List<TaskRun> _finished = [];
    private readonly DateTimeOffset _start = DateTimeOffset.UtcNow;
    private IReadOnlyList<string> _planned = [];
    private (string Name, DateTimeOffset Start)? _running;

    public RunRecorder(ICakeEngine engine, TaskCriteria criteria, TaskRegistrar registrar, IReadOnlyList<string> targets, bool exclusive)
    {
        _engine = engine;
        _criteria = criteria;
        _registrar = registrar;
        engine.BeforeSetup += (_, _) => Planned(TasksToExecute(targets, exclusive));
        engine.BeforeTaskSetup += (_, args) => Started(args.TaskSetupContext.Task.Name);
        engine.AfterTaskTeardown += (_, args) => Finished(args.TaskTeardownContext);
    }

    /// <summary>The run as it stands: the tasks so far, the one running (when interrupted), and those not reached.</summary>
    public RunRecord Complete(IReadOnlyList<string> targets, IReadOnlyList<string> arguments, int exitCode, string? error, string? interruption)
    {
        lock (_gate)
        {
            var tasks = new List<TaskRun>(_finished);
            var end = DateTimeOffset.UtcNow;
            if (_running is { } running)
            {
                tasks.Add(new TaskRun(running.Name, interruption is null ? TaskRunStatus.Failed : TaskRunStatus.Interrupted,
                    running.Start, end - running.Start, null, interruption is null ? error : $"interrupted by {interruption}", _criteria.Describe(running.Name)));
            }

            var recorded = tasks.Select(task => task.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            tasks.AddRange(_planned.Where(name => !recorded.Contains(name))
                .Select(name => new TaskRun(name, TaskRunStatus.NotRun, null, TimeSpan.Zero, null, null, _criteria.Describe(name))));

            return new RunRecord
            {
                Targets = targets,
                Arguments = arguments,
                Start = _start,
                End = end,
                ExitCode = exitCode,
                Tasks = tasks,
                Error = error,
                Interruption = interruption,
            };
        }
    }

    // What the engine will run, as its setup sees it (the engine has checked the targets by then).
    private List<string> TasksToExecute(IReadOnlyList<string> targets, bool exclusive)
        => TaskGraph.For(_engine, targets, exclusive, _ => null).Nodes.Select(node => node.Name).ToList();

    private void Planned(IReadOnlyList<string> tasks)
    {
        lock (_gate)
        {
            _planned = tasks;
        }
    }

    private void Started(string task)
    {
        lock (_gate)
        {
            _running = (task, DateTimeOffset.UtcNow);
        }
    }

    private void Finished(ITaskTeardownContext teardown)
    {
        lock (_gate)
        {
            var name = teardown.Task.Name;
            var start = _running is { } running && running.Name == name ? running.Start : (DateTimeOffset?)null;
            _running = null;
            var skippedInAction = teardown.ThrownException is null ? _registrar.SkippedInAction.GetValueOrDefault(name) : null;
            var status = teardown.Skipped || skippedInAction is not null ? TaskRunStatus.Skipped
                : teardown.ThrownException is null ? TaskRunStatus.Succeeded
                : TaskRunStatus.Failed;
            _finished.Add(new TaskRun(
                name,
                status,
                start,
                teardown.Duration,
                teardown.Skipped ? SkipReason(name) : skippedInAction,
                teardown.ThrownException?.Message,
                _criteria.Describe(name)));
        }
    }

    // Frosting registers one criterion per task, with the task's SkippedMessage.
    private string SkipReason(string task)
        => _engine.Tasks.OfType<CakeTask>()
            .FirstOrDefault(info => string.Equals(info.Name, task, StringComparison.OrdinalIgnoreCase))?
            .Criterias.Select(criteria => criteria.Message).FirstOrDefault(message => !string.IsNullOrEmpty(message))
            ?? "its criteria were not met";
}
