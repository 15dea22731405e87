using Cake.Core;
using Cake.Core.IO;
using Path = Cake.Core.IO.Path;

namespace HomeLab.Tools.Packer;

/// <summary>A packer template, a folder of <c>*.pkr.hcl</c> files or a single file, resolved against the working directory.</summary>
internal sealed record PackerTemplatePath(string FullPath, DirectoryPath Folder, bool IsFile)
{
    /// <summary>A single legacy JSON template, which <c>packer init</c> cannot read.</summary>
    public bool IsJson => IsFile && FullPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <exception cref="CakeException">The template does not exist.</exception>
    public static PackerTemplatePath Resolve(Path template, ICakeEnvironment environment, IFileSystem fileSystem)
    {
        ArgumentNullException.ThrowIfNull(template);

        // Checked on disk rather than trusted from the path's type: new DirectoryPath("x.pkr.hcl") still means the file.
        var asDirectory = new DirectoryPath(template.FullPath).MakeAbsolute(environment);
        if (fileSystem.GetDirectory(asDirectory).Exists)
        {
            return new PackerTemplatePath(asDirectory.FullPath, asDirectory, IsFile: false);
        }

        var asFile = new FilePath(template.FullPath).MakeAbsolute(environment);
        if (fileSystem.GetFile(asFile).Exists)
        {
            return new PackerTemplatePath(asFile.FullPath, asFile.GetDirectory(), IsFile: true);
        }

        throw PackerErrors.TemplateMissing(asDirectory.FullPath);
    }
}
