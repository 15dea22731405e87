using Cake.Core;

namespace Cake.Frosting;

/// <summary>Runs before each task, including skipped ones.</summary>
public interface IFrostingTaskSetup
{
    void Setup(ICakeContext context, ITaskSetupContext info);
}
