using Cake.Core;

namespace Cake.Frosting;

/// <summary>The default build context. Subclass it to give tasks typed access to build-wide state.</summary>
public class FrostingContext : CakeContextAdapter, IFrostingContext
{
    public FrostingContext(ICakeContext context)
        : base(context)
    {
    }
}
