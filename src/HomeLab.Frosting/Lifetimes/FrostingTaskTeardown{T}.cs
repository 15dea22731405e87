using Cake.Core;

namespace Cake.Frosting;

/// <summary>Teardown after every task, with a typed context.</summary>
public abstract class FrostingTaskTeardown<T> : IFrostingTaskTeardown
    where T : ICakeContext
{
    public abstract void Teardown(T context, ITaskTeardownContext info);

    void IFrostingTaskTeardown.Teardown(ICakeContext context, ITaskTeardownContext info) => Teardown((T)context, info);
}
