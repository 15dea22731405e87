using Cake.Core;
using Cake.Core.Configuration;

namespace Cake.Frosting;

/// <summary>
/// The arguments and configuration of this run. The services are built before the command line is parsed,
/// so <see cref="ICakeArguments"/> and <see cref="ICakeConfiguration"/> are resolved through this, once it is filled in.
/// </summary>
internal sealed class RunConfiguration
{
    private ICakeArguments? _arguments;
    private ICakeConfiguration? _configuration;

    public ICakeArguments Arguments
    {
        get => _arguments ?? throw NotYetParsed();
        set => _arguments = value;
    }

    public ICakeConfiguration Configuration
    {
        get => _configuration ?? throw NotYetParsed();
        set => _configuration = value;
    }

    private static InvalidOperationException NotYetParsed()
        => new("The command line has not been parsed yet; resolve Cake services from inside a task or lifetime.");
}
