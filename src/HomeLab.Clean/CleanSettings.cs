using Cake.Core.IO;

namespace HomeLab.Clean;

/// <summary>Settings for the <see cref="CleanAliases.CleanWorkspace"/> alias.</summary>
public sealed class CleanSettings
{
    /// <summary>The directory to clean; <c>null</c> means Cake's working directory.</summary>
    public DirectoryPath? Root { get; set; }

    /// <summary>List what would be removed without removing anything.</summary>
    public bool DryRun { get; set; }
}
