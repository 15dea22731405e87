using System.Globalization;
using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.L0.Runway.Tools;

/// <summary>
/// Finds a tool with Cake's <see cref="IToolLocator"/> (registered tools, the tools folder, then PATH) and runs
/// its version command through Cake's <see cref="IProcessRunner"/>, killing it when it does not answer in time.
/// With a <see cref="ToolVersionCache"/>, an unchanged executable is not started again.
/// </summary>
public sealed class CakeToolProbe(IToolLocator locator, IProcessRunner processRunner, ICakePlatform? platform = null, ToolVersionCache? cache = null) : IToolProbe
{
    public static CakeToolProbe From(ICakeContext context, ToolVersionCache? cache = null) =>
        new(context.Tools, context.ProcessRunner, context.Environment.Platform, cache);

    public Task<ToolProbeResult> ProbeAsync(ToolRequirement tool, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        Task.Run(() => Probe(tool, timeout), cancellationToken);

    private ToolProbeResult Probe(ToolRequirement tool, TimeSpan timeout)
    {
        var path = locator.Resolve(ExecutableNames(tool.Name));
        if (path is null)
        {
            return ToolProbeResult.NotFound;
        }

        if (cache?.Find(path.FullPath) is { } known)
        {
            return new ToolProbeResult(path.FullPath, known, true, null);
        }

        var command = $"{tool.Name} {string.Join(' ', tool.VersionArguments)}";
        var arguments = new ProcessArgumentBuilder();
        foreach (var argument in tool.VersionArguments)
        {
            arguments.Append(argument);
        }

        var settings = new ProcessSettings
        {
            Arguments = arguments,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Silent = true,
            // terraform and packer would otherwise ask checkpoint.hashicorp.com whether they are current.
            EnvironmentVariables = new Dictionary<string, string> { ["CHECKPOINT_DISABLE"] = "1" },
        };

        IProcess process;
        try
        {
            process = processRunner.Start(path, settings);
        }
        catch (Exception ex)
        {
            return new ToolProbeResult(path.FullPath, null, false, $"could not be started ({ex.Message.Trim().TrimEnd('.')})");
        }

        using (process)
        {
            if (!process.WaitForExit((int)Math.Min(int.MaxValue, timeout.TotalMilliseconds)))
            {
                process.Kill();
                return new ToolProbeResult(path.FullPath, null, true,
                    $"`{command}` did not finish within {timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s");
            }

            // The timed wait can return before the redirected output has been read to the end; the untimed one cannot.
            process.WaitForExit();
            var output = string.Join('\n', process.GetStandardOutput().Concat(process.GetStandardError()));
            var version = VersionText.Find(output);
            if (version is not null)
            {
                cache?.Remember(path.FullPath, version);
                return new ToolProbeResult(path.FullPath, version, true, null);
            }

            var exitCode = process.GetExitCode();
            return new ToolProbeResult(path.FullPath, null, true, exitCode == 0
                ? $"`{command}` printed no version"
                : $"`{command}` exited with code {exitCode}");
        }
    }

    private IEnumerable<string> ExecutableNames(string name) =>
        platform?.Family == PlatformFamily.Windows ? [name + ".exe", name] : [name];
}
