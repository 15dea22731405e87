using Cake.Core.IO;
using Cake.Core.Packaging;
using Cake.Core.Tooling;

namespace Cake.Frosting;

/// <summary>
/// Cake's <see cref="ToolInstaller"/>, built on its first use. The context takes a tool installer, and building
/// Cake's builds the NuGet installer, which loads NuGet.Config: tens of milliseconds on every run, though a run
/// rarely installs a tool.
/// </summary>
internal sealed class DeferredToolInstaller(Func<IToolInstaller> create) : IToolInstaller
{
    private readonly Lazy<IToolInstaller> _installer = new(create);

    public IEnumerable<FilePath> Install(PackageReference tool) => _installer.Value.Install(tool);
}
