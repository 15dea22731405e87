using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Cake.Core;
using Cake.Core.IO;

namespace HomeLab.Tools.Docker;

/// <summary>
/// Answers whether a docker CLI has the compose plugin by running <c>docker compose version</c>, once per Cake
/// context (its environment) and docker executable: the aliases create a runner per call, the answer outlives them.
/// </summary>
internal static class ComposePluginProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private static readonly ConditionalWeakTable<ICakeEnvironment, ConcurrentDictionary<string, bool>> Answers = new();

    /// <summary>Whether <c>&lt;docker&gt; compose version</c> succeeds; cached for <paramref name="environment"/>.</summary>
    public static bool HasPlugin(
        ICakeEnvironment environment, IProcessRunner processRunner, FilePath docker, IDictionary<string, string> variables)
    {
        var answers = Answers.GetOrCreateValue(environment);
        var key = docker.FullPath + "\n" + (variables.TryGetValue("DOCKER_CONFIG", out var config) ? config : string.Empty);
        return answers.GetOrAdd(key, _ =>
        {
            var arguments = new ProcessArgumentBuilder().Append("compose").Append("version");
            var result = DockerCliProcess.Run(processRunner, docker, arguments, variables, environment.WorkingDirectory, Timeout);
            return result.ExitCode == 0;
        });
    }
}
