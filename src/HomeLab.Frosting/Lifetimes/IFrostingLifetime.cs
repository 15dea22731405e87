namespace Cake.Frosting;

/// <summary>Setup and teardown around the whole build.</summary>
public interface IFrostingLifetime : IFrostingSetup, IFrostingTeardown
{
}
