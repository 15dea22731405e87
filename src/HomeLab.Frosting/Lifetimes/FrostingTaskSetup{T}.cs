using Cake.Core;

namespace Cake.Frosting;

/// <summary>Setup before every task, with a typed context.</summary>
public abstract class FrostingTaskSetup<T> : IFrostingTaskSetup
    where T : ICakeContext
{
    public abstract void Setup(T context, ITaskSetupContext info);

    void IFrostingTaskSetup.Setup(ICakeContext context, ITaskSetupContext info) => Setup((T)context, info);
}
