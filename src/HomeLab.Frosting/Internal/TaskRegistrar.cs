using Cake.Core;
using Cake.Core.Diagnostics;

namespace Cake.Frosting;

/// <summary>Registers the discovered tasks and the lifetimes with the Cake engine.</summary>
internal sealed class TaskRegistrar
{
    private readonly ICakeEngine _engine;
    private readonly IFrostingContext _context;
    private readonly ICakeLog _log;
    private readonly IEnumerable<IFrostingTask> _tasks;
    private readonly IFrostingSetup? _setup;
    private readonly IFrostingTeardown? _teardown;
    private readonly IFrostingTaskSetup? _taskSetup;
    private readonly IFrostingTaskTeardown? _taskTeardown;
    private readonly RunConfiguration _run;
    private readonly Dictionary<string, string> _skippedInAction = new(StringComparer.OrdinalIgnoreCase);

    public TaskRegistrar(
        ICakeEngine engine,
        IFrostingContext context,
        ICakeLog log,
        RunConfiguration run,
        IEnumerable<IFrostingTask> tasks,
        IFrostingSetup? setup = null,
        IFrostingTeardown? teardown = null,
        IFrostingTaskSetup? taskSetup = null,
        IFrostingTaskTeardown? taskTeardown = null)
    {
        _engine = engine;
        _context = context;
        _log = log;
        _run = run;
        _tasks = tasks;
        _setup = setup;
        _teardown = teardown;
        _taskSetup = taskSetup;
        _taskTeardown = taskTeardown;
    }

    /// <summary>
    /// Tasks asked for beside others whose criteria were not met: the engine ran their action, which did nothing
    /// (see <see cref="RegisterTask"/>), so for the report they were skipped, for this reason.
    /// </summary>
    public IReadOnlyDictionary<string, string> SkippedInAction => _skippedInAction;

    public void Register()
    {
        foreach (var task in _tasks)
        {
            RegisterTask(task);
        }

        if (_setup is not null)
        {
            _engine.RegisterSetupAction(info => _setup.Setup(_context, info));
        }

        if (_teardown is not null)
        {
            _engine.RegisterTeardownAction(info => _teardown.Teardown(_context, info));
        }

        if (_taskSetup is not null)
        {
            _engine.RegisterTaskSetupAction(info => _taskSetup.Setup(_context, info));
        }

        if (_taskTeardown is not null)
        {
            _engine.RegisterTaskTeardownAction(info => _taskTeardown.Teardown(_context, info));
        }
    }

    private void RegisterTask(IFrostingTask task)
    {
        var type = task.GetType();
        var name = TaskMetadata.GetName(type);

        var contextType = TaskMetadata.GetContextType(type);
        if (contextType is not null && !contextType.IsInstanceOfType(_context))
        {
            _log.Warning(
                "Task '{0}' needs a context of type {1} but the host's context is {2}; the task is not registered.",
                name, contextType.Name, _context.GetType().Name);
            return;
        }

        var builder = _engine.RegisterTask(name);

        if (TaskMetadata.GetDescription(type) is { } description)
        {
            builder.Description(description);
        }

        var runs = TaskMetadata.Overrides(type, "Run") || TaskMetadata.Overrides(type, "RunAsync");
        if (TaskMetadata.Overrides(type, "ShouldRun") && IsOneOfSeveralTargets(name))
        {
            // Cake fails a run when a task it was asked for is skipped by its criteria. Asked for beside others (as
            // --exclusive names each part of a layer), the task comes in and says why it does nothing instead.
            builder.Does(async () =>
            {
                if (!task.ShouldRun(_context))
                {
                    var reason = string.IsNullOrEmpty(task.SkippedMessage) ? "its criteria are not met" : task.SkippedMessage;
                    _skippedInAction[name] = reason;
                    _log.Information("{0}: skipped: {1}", name, reason);
                }
                else if (runs)
                {
                    await task.RunAsync(_context).ConfigureAwait(false);
                }
            });
        }
        else
        {
            if (runs)
            {
                builder.Does(() => task.RunAsync(_context));
            }

            if (TaskMetadata.Overrides(type, "ShouldRun"))
            {
                var message = task.SkippedMessage;
                if (string.IsNullOrEmpty(message))
                {
                    builder.WithCriteria(() => task.ShouldRun(_context));
                }
                else
                {
                    builder.WithCriteria(() => task.ShouldRun(_context), message);
                }
            }
        }

        if (TaskMetadata.ContinuesOnError(type))
        {
            builder.ContinueOnError();
        }

        if (TaskMetadata.Overrides(type, "OnError"))
        {
            builder.OnError(exception => task.OnError(exception, _context));
        }

        if (TaskMetadata.Overrides(type, "Finally"))
        {
            builder.Finally(() => task.Finally(_context));
        }

        foreach (var dependency in type.GetCustomAttributes(typeof(IsDependentOnAttribute), inherit: true).Cast<IsDependentOnAttribute>())
        {
            builder.IsDependentOn(DependencyName(dependency.Task));
        }

        foreach (var dependee in type.GetCustomAttributes(typeof(IsDependeeOfAttribute), inherit: true).Cast<IsDependeeOfAttribute>())
        {
            builder.IsDependeeOf(DependencyName(dependee.Task));
        }
    }

    private bool IsOneOfSeveralTargets(string name) =>
        _run.Targets.Count > 1 && _run.Targets.Contains(name, StringComparer.OrdinalIgnoreCase);

    private static string DependencyName(Type task)
        => typeof(IFrostingTask).IsAssignableFrom(task)
            ? TaskMetadata.GetName(task)
            : throw new FrostingException($"The dependency '{task.Name}' is not a valid task.");
}
