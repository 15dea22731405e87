namespace Cake.Frosting;

/// <summary>Setup and teardown around every task.</summary>
public interface IFrostingTaskLifetime : IFrostingTaskSetup, IFrostingTaskTeardown
{
}
