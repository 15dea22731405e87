using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.Diagnostics;

namespace HomeLab.Clean;

/// <summary>Cake alias for the workspace clean.</summary>
[CakeAliasCategory("Clean")]
public static class CleanAliases
{
    /// <summary>
    /// Removes generated files (see <see cref="CleanRules"/>) under the root, never anything git tracks, Terraform state,
    /// environment files or Doppler configuration. Lists each path it removed (or, in a dry run, would remove) and a summary.
    /// </summary>
    /// <exception cref="CakeException">Bad root, git failing inside a work tree, or a path that could not be removed (one line).</exception>
    [CakeMethodAlias]
    public static CleanResult CleanWorkspace(this ICakeContext context, CleanSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        settings ??= new CleanSettings();

        var result = new WorkspaceCleaner(context).Run(settings.Root ?? context.Environment.WorkingDirectory, settings.DryRun);

        context.Log.Verbose(result.Plan.GitNote);
        foreach (var line in result.Details())
        {
            context.Log.Information(line);
        }

        context.Log.Information(result.Summary);
        if (result.Failures.Count > 0)
        {
            var first = result.Failures[0];
            throw new CakeException(
                $"Clean could not remove {first.Path} ({first.Message}){(result.Failures.Count > 1 ? $" and {result.Failures.Count - 1} more" : string.Empty)}; fix the permissions and run Clean again.");
        }

        return result;
    }
}
