using System.Globalization;
using Cake.Core;
using Cake.Core.IO;
using Path = Cake.Core.IO.Path;

namespace HomeLab.Tools.Ansible;

/// <summary>The arguments and checks the ansible commands share.</summary>
internal static class AnsibleArguments
{
    /// <summary>Appends <c>-i "path"</c> for each inventory, in order, made absolute against Cake's working directory.</summary>
    public static ProcessArgumentBuilder AppendInventories(this ProcessArgumentBuilder arguments, IEnumerable<Path> inventories, ICakeEnvironment environment)
    {
        foreach (var inventory in inventories)
        {
            arguments.AppendSwitchQuoted("-i", " ", Absolute(inventory, environment));
        }

        return arguments;
    }

    /// <summary>Appends <c>--limit "pattern"</c> when a pattern is given.</summary>
    public static ProcessArgumentBuilder AppendLimit(this ProcessArgumentBuilder arguments, string? limit) =>
        string.IsNullOrWhiteSpace(limit) ? arguments : arguments.AppendSwitchQuoted("--limit", " ", limit);

    /// <summary>Appends <c>--forks N</c> when <paramref name="forks"/> is above 0.</summary>
    public static ProcessArgumentBuilder AppendForks(this ProcessArgumentBuilder arguments, int forks)
    {
        if (forks < 0)
        {
            throw AnsibleErrors.NegativeForks(forks);
        }

        return forks > 0 ? arguments.Append("--forks").Append(forks.ToString(CultureInfo.InvariantCulture)) : arguments;
    }

    /// <summary>Appends <c>-v</c>, <c>-vv</c>, … for <paramref name="verbosity"/> 1 to 6.</summary>
    public static ProcessArgumentBuilder AppendVerbosity(this ProcessArgumentBuilder arguments, int verbosity) => verbosity switch
    {
        0 => arguments,
        > 0 and <= 6 => arguments.Append("-" + new string('v', verbosity)),
        _ => throw AnsibleErrors.VerbosityOutOfRange(verbosity),
    };

    /// <summary>Appends <c>name "a,b"</c> when there are tags.</summary>
    public static ProcessArgumentBuilder AppendTags(this ProcessArgumentBuilder arguments, string name, IEnumerable<string> tags)
    {
        var list = tags.Where(tag => !string.IsNullOrWhiteSpace(tag)).Select(tag => tag.Trim()).ToList();
        return list.Count == 0 ? arguments : arguments.AppendSwitchQuoted(name, " ", string.Join(',', list));
    }

    /// <summary>Fails with one line when an inventory (a file or a folder) does not exist.</summary>
    public static void CheckInventories(IEnumerable<Path> inventories, ICakeEnvironment environment, IFileSystem fileSystem)
    {
        foreach (var inventory in inventories)
        {
            var path = Absolute(inventory, environment);
            if (!fileSystem.Exist(new FilePath(path)) && !fileSystem.Exist(new DirectoryPath(path)))
            {
                throw AnsibleErrors.InventoryMissing(path);
            }
        }
    }

    /// <summary><paramref name="path"/> made absolute against Cake's working directory.</summary>
    public static string Absolute(Path path, ICakeEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path switch
        {
            FilePath file => file.MakeAbsolute(environment).FullPath,
            DirectoryPath directory => directory.MakeAbsolute(environment).FullPath,
            _ => new FilePath(path.FullPath).MakeAbsolute(environment).FullPath,
        };
    }
}
