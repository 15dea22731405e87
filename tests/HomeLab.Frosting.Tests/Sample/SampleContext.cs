using Cake.Core;
using Cake.Frosting;
using HomeLab.Frosting.Tests.Support;

namespace HomeLab.Frosting.Tests.Sample;

/// <summary>The sample build's context; resolved from DI, so it can take the test's journal.</summary>
public sealed class SampleContext : FrostingContext
{
    public SampleContext(ICakeContext context, Journal journal)
        : base(context)
    {
        Journal = journal;
    }

    public Journal Journal { get; }
}
