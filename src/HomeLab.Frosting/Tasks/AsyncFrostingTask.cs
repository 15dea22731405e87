using Cake.Core;

namespace Cake.Frosting;

/// <summary>An asynchronous task that needs nothing beyond <see cref="ICakeContext"/>.</summary>
public abstract class AsyncFrostingTask : AsyncFrostingTask<ICakeContext>
{
}
