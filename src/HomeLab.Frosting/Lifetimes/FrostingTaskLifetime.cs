using Cake.Core;

namespace Cake.Frosting;

/// <summary>Setup and teardown around every task.</summary>
public abstract class FrostingTaskLifetime : FrostingTaskLifetime<ICakeContext>
{
}
