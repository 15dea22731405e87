using Microsoft.Extensions.DependencyInjection;

namespace Cake.Frosting;

/// <summary>Configures the host's services in one place; see <c>UseStartup&lt;T&gt;()</c>.</summary>
public interface IFrostingStartup
{
    void Configure(IServiceCollection services);
}
