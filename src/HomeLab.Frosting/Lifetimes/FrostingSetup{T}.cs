using Cake.Core;

namespace Cake.Frosting;

/// <summary>Setup before the whole build, with a typed context.</summary>
public abstract class FrostingSetup<T> : IFrostingSetup
    where T : ICakeContext
{
    public abstract void Setup(T context, ISetupContext info);

    void IFrostingSetup.Setup(ICakeContext context, ISetupContext info) => Setup((T)context, info);
}
