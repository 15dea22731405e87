using Cake.Core;

namespace Cake.Frosting;

/// <summary>Setup and teardown around the whole build, with a typed context.</summary>
public abstract class FrostingLifetime<T> : IFrostingLifetime
    where T : ICakeContext
{
    public abstract void Setup(T context, ISetupContext info);

    public abstract void Teardown(T context, ITeardownContext info);

    void IFrostingSetup.Setup(ICakeContext context, ISetupContext info) => Setup((T)context, info);

    void IFrostingTeardown.Teardown(ICakeContext context, ITeardownContext info) => Teardown((T)context, info);
}
