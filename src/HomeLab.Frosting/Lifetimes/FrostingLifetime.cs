using Cake.Core;

namespace Cake.Frosting;

/// <summary>Setup and teardown around the whole build.</summary>
public abstract class FrostingLifetime : FrostingLifetime<ICakeContext>
{
}
