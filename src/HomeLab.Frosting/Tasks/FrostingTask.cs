using Cake.Core;

namespace Cake.Frosting;

/// <summary>A synchronous task that needs nothing beyond <see cref="ICakeContext"/>.</summary>
public abstract class FrostingTask : FrostingTask<ICakeContext>
{
}
