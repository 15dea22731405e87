using Cake.Core.IO;

namespace Cake.Frosting;

/// <summary>The working directory chosen with <c>UseWorkingDirectory</c>.</summary>
internal sealed record WorkingDirectory(DirectoryPath Path);
