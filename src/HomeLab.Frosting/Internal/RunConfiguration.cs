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
    private IReadOnlyList<string>? _targets;

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

    /// <summary>The tasks this run was asked for (<c>--target</c>, or Default).</summary>
    public IReadOnlyList<string> Targets
    {
        get => _targets ?? throw NotYetParsed();
        set => _targets = value;
    }

    private static InvalidOperationException NotYetParsed()
        => new("The command line has not been parsed yet; resolve Cake services from inside a task or lifetime.");
}
