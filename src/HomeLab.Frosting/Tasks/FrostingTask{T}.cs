using Cake.Core;

namespace Cake.Frosting;

/// <summary>
/// A synchronous task. Override only what the task needs: the host wires <see cref="Run"/>, <see cref="ShouldRun"/>,
/// <see cref="OnError"/> and <see cref="Finally"/> into the engine only when they are overridden.
/// </summary>
public abstract class FrostingTask<T> : IFrostingTask
    where T : ICakeContext
{
    public virtual string SkippedMessage => "";

    public virtual void Run(T context)
    {
    }

    public virtual bool ShouldRun(T context) => true;

    /// <summary>Handles the task's failure. The exception is swallowed unless this rethrows it.</summary>
    public virtual void OnError(Exception exception, T context)
    {
    }

    public virtual void Finally(T context)
    {
    }

    Task IFrostingTask.RunAsync(ICakeContext context)
    {
        Run((T)context);
        return Task.CompletedTask;
    }

    bool IFrostingTask.ShouldRun(ICakeContext context) => ShouldRun((T)context);

    void IFrostingTask.OnError(Exception exception, ICakeContext context) => OnError(exception, (T)context);

    void IFrostingTask.Finally(ICakeContext context) => Finally((T)context);
}
