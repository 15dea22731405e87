using System.Globalization;
using Cake.Core;
using Cake.Core.IO;

namespace HomeLab.Tools.Docker;

/// <summary>Compose's global flags and the pieces several commands share, built property by property.</summary>
internal static class DockerComposeArguments
{
    /// <summary>
    /// Appends <c>--file</c>, <c>--project-name</c>, <c>--project-directory</c>, <c>--env-file</c> and <c>--profile</c>
    /// from <paramref name="settings"/>, paths made absolute with <paramref name="absolute"/>.
    /// </summary>
    public static void AppendGlobal(
        ProcessArgumentBuilder arguments, DockerComposeSettings settings, ComposeCli cli, Func<FilePath, FilePath> absolute, Func<DirectoryPath, DirectoryPath> absoluteDirectory)
    {
        foreach (var file in settings.File ?? [])
        {
            arguments.AppendSwitchQuoted("--file", " ", absolute(file).FullPath);
        }

        if (!string.IsNullOrWhiteSpace(settings.ProjectName))
        {
            arguments.AppendSwitchQuoted("--project-name", " ", settings.ProjectName);
        }

        if (settings.ProjectDirectory is { } directory)
        {
            arguments.AppendSwitchQuoted("--project-directory", " ", absoluteDirectory(directory).FullPath);
        }

        var envFiles = settings.EnvFile ?? [];
        if (cli == ComposeCli.Standalone && envFiles.Length > 1)
        {
            throw DockerComposeErrors.OneEnvFileOnV1(envFiles.Length);
        }

        foreach (var envFile in envFiles)
        {
            arguments.AppendSwitchQuoted("--env-file", " ", absolute(envFile).FullPath);
        }

        foreach (var profile in settings.Profile ?? [])
        {
            arguments.AppendSwitchQuoted("--profile", " ", profile);
        }
    }

    /// <summary>Appends <paramref name="flag"/> when <paramref name="value"/> is true.</summary>
    public static ProcessArgumentBuilder AppendFlag(this ProcessArgumentBuilder arguments, string flag, bool value) =>
        value ? arguments.Append(flag) : arguments;

    /// <summary>Appends <c>--timeout N</c> (whole seconds, rounded up) when a timeout is given.</summary>
    public static ProcessArgumentBuilder AppendTimeout(this ProcessArgumentBuilder arguments, TimeSpan? timeout)
    {
        if (timeout is not { } value)
        {
            return arguments;
        }

        var seconds = (long)Math.Ceiling(Math.Max(value.TotalSeconds, 0));
        return arguments.Append("--timeout").Append(seconds.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Appends the service names, each quoted; a blank one is refused.</summary>
    public static void AppendServices(ProcessArgumentBuilder arguments, IEnumerable<string> services)
    {
        foreach (var service in services)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(service, nameof(services));
            arguments.AppendQuoted(service);
        }
    }
}
