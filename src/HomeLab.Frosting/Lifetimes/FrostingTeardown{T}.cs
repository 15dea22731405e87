using Cake.Core;

namespace Cake.Frosting;

/// <summary>Teardown after the whole build, with a typed context.</summary>
public abstract class FrostingTeardown<T> : IFrostingTeardown
    where T : ICakeContext
{
    public abstract void Teardown(T context, ITeardownContext info);

    void IFrostingTeardown.Teardown(ICakeContext context, ITeardownContext info) => Teardown((T)context, info);
}
