using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Tools;

/// <summary>
/// Whether a tool is there, asked without running it: at <see cref="ToolSettings.ToolPath"/> when that is set, else
/// where Cake's tool locator finds it (Tool's GetToolPath, which a runner passes in as <c>locate</c>).
/// </summary>
internal sealed class ToolPresence
{
    private readonly IFileSystem _fileSystem;
    private readonly ICakeEnvironment _environment;

    /// <summary>Checks against Cake's file system, resolving relative paths from Cake's working directory.</summary>
    public ToolPresence(IFileSystem fileSystem, ICakeEnvironment environment)
    {
        _fileSystem = fileSystem;
        _environment = environment;
    }

    /// <summary>Whether the tool can be found.</summary>
    public bool IsAvailable(ToolSettings settings, Func<FilePath?> locate)
    {
        var configured = settings.ToolPath?.MakeAbsolute(_environment);
        return configured is not null ? _fileSystem.Exist(configured) : locate() is not null;
    }

    /// <summary>
    /// Throws <paramref name="notFound"/>'s one-line error (given the configured path, or <c>null</c> when the tool was
    /// looked for on PATH) when the tool cannot be found. Checked up front so that the user gets the layer and an
    /// install hint instead of Cake's "Could not locate executable."
    /// </summary>
    public void EnsureFound(ToolSettings settings, Func<FilePath?> locate, Func<string?, CakeException> notFound)
    {
        var configured = settings.ToolPath?.MakeAbsolute(_environment);
        if (configured is not null && !_fileSystem.Exist(configured))
        {
            throw notFound(configured.FullPath);
        }

        if (configured is null && locate() is null)
        {
            throw notFound(null);
        }
    }
}
