using Cake.Core;

namespace Cake.Frosting;

/// <summary>Runs after each task, including skipped and failed ones.</summary>
public interface IFrostingTaskTeardown
{
    void Teardown(ICakeContext context, ITaskTeardownContext info);
}
