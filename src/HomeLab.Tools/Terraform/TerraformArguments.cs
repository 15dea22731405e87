using System.Globalization;
using Cake.Core;
using Cake.Core.IO;

namespace HomeLab.Tools.Terraform;

/// <summary>The arguments several commands share.</summary>
internal static class TerraformArguments
{
    /// <summary>Appends <c>-parallelism=N</c> when <paramref name="parallelism"/> is above 0.</summary>
    public static ProcessArgumentBuilder AppendParallelism(this ProcessArgumentBuilder arguments, int parallelism)
    {
        if (parallelism < 0)
        {
            throw TerraformErrors.NegativeParallelism(parallelism);
        }

        return parallelism > 0 ? arguments.Append("-parallelism=" + parallelism.ToString(CultureInfo.InvariantCulture)) : arguments;
    }

    /// <summary>Appends <c>-lock-timeout=Ns</c> (whole seconds, rounded up) when a timeout is given.</summary>
    public static ProcessArgumentBuilder AppendLockTimeout(this ProcessArgumentBuilder arguments, TimeSpan? timeout)
    {
        if (timeout is not { } value)
        {
            return arguments;
        }

        var seconds = (long)Math.Ceiling(Math.Max(value.TotalSeconds, 0));
        return arguments.Append("-lock-timeout=" + seconds.ToString(CultureInfo.InvariantCulture) + "s");
    }

    /// <summary>The saved plan named by <paramref name="property"/>, made absolute; fails with one line when it is not set.</summary>
    public static FilePath RequirePlanFile(FilePath? planFile, string property, Func<FilePath, FilePath> absolute) =>
        planFile is null ? throw TerraformErrors.PlanFileNotSet(property) : absolute(planFile);
}
