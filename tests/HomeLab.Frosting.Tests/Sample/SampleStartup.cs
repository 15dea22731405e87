using Cake.Frosting;
using Microsoft.Extensions.DependencyInjection;

namespace HomeLab.Frosting.Tests.Sample;

public sealed class SampleStartup : IFrostingStartup
{
    public void Configure(IServiceCollection services) => services.UseLifetime<SampleLifetime>();
}
