using Cake.Core;

namespace Cake.Frosting;

/// <summary>Runs once after the last task, also when the build failed.</summary>
public interface IFrostingTeardown
{
    void Teardown(ICakeContext context, ITeardownContext info);
}
