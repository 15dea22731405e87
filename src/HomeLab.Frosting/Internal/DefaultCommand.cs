using Cake.Cli;
using Cake.Cli.Infrastructure;
using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Scripting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Cake.Frosting;

/// <summary>Runs the requested targets with the script host the options call for.</summary>
internal sealed class DefaultCommand : AsyncCommand<DefaultCommandSettings>
{
    private readonly ServiceProvider _services;

    // The host's own services (built before parsing), handed over by CakeHost through Spectre's registrar.
    public DefaultCommand(ServiceProvider services)
    {
        _services = services;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, DefaultCommandSettings settings, CancellationToken cancellationToken)
    {
        var log = _services.GetRequiredService<ICakeLog>();
        log.Verbosity = settings.Verbosity ?? Verbosity.Normal;
        try
        {
            if (settings.Version)
            {
                _services.GetRequiredService<ICakeVersionFeature>().Run(_services.GetRequiredService<IConsole>());
                return 0;
            }

            if (settings.Info)
            {
                _services.GetRequiredService<ICakeInfoFeature>().Run(_services.GetRequiredService<IConsole>());
                return 0;
            }

            var targets = settings.Targets is { Length: > 0 } given ? given : ["Default"];
            var configuration = Configure(context.Remaining, settings, targets);
            log.Verbosity = configuration.GetVerbosity(settings.Verbosity, Verbosity.Normal);

            _services.GetRequiredService<TaskRegistrar>().Register();
            if (settings.Completion is { } shell)
            {
                _services.GetRequiredService<IConsole>().Write(CompletionScript.Render(shell, _services.GetRequiredService<ICakeEngine>(), _services.GetService<HostOptionCatalogue>()));
                return 0;
            }

            var host = SelectHost(settings);
            if (settings.Exclusive)
            {
                host.Settings.UseExclusiveTarget();
            }

            if (host is not BuildScriptHost<IFrostingContext>)
            {
                // A dry run, tree, graph or description runs no task: there is nothing to report.
                await host.RunTargetsAsync(targets).ConfigureAwait(false);
                return _services.GetRequiredService<SuccessExitCode>().Code;
            }

            return await RunAndReportAsync(host, targets, settings.Exclusive, [.. context.Arguments], log).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            return ExceptionLogger.LogException(log, Cause(exception));
        }
    }

    // A run of tasks: its report writers get the record once, when it ends or fails, or on SIGINT/SIGTERM.
    private async Task<int> RunAndReportAsync(ScriptHost host, string[] targets, bool exclusive, IReadOnlyList<string> arguments, ICakeLog log)
    {
        var recorder = new RunRecorder(
            _services.GetRequiredService<ICakeEngine>(), _services.GetRequiredService<TaskCriteria>(), _services.GetRequiredService<TaskRegistrar>(), targets, exclusive);
        using var reporting = new RunReporting(recorder, _services.GetServices<IRunReportWriter>(), log, targets, arguments);
        int exitCode;
        string? error = null;
        try
        {
            await host.RunTargetsAsync(targets).ConfigureAwait(false);
            exitCode = _services.GetRequiredService<SuccessExitCode>().Code;
        }
        catch (Exception exception)
        {
            var cause = Cause(exception);
            error = cause.Message;
            exitCode = ExceptionLogger.LogException(log, cause);
        }

        reporting.Write(exitCode, error);
        return exitCode;
    }

    // The engine wraps a task's failure in CakeReportException; the task's own exception carries the message and exit code.
    private static Exception Cause(Exception exception)
        => exception is CakeReportException { InnerException: { } inner } ? inner : exception;

    private ICakeConfiguration Configure(IRemainingArguments remaining, DefaultCommandSettings settings, string[] targets)
    {
        var environment = _services.GetRequiredService<ICakeEnvironment>();
        var fileSystem = _services.GetRequiredService<IFileSystem>();

        var workingDirectory = (settings.WorkingDirectory
            ?? _services.GetService<WorkingDirectory>()?.Path
            ?? environment.WorkingDirectory).MakeAbsolute(environment);
        if (!fileSystem.Exist(workingDirectory))
        {
            throw new FrostingException($"The working directory '{workingDirectory.FullPath}' does not exist.");
        }

        environment.WorkingDirectory = workingDirectory;

        var arguments = remaining.ToCakeArguments(targets);
        var baseSettings = _services.GetServices<CakeSetting>()
            .Select(setting => new KeyValuePair<string, string>(setting.Key, setting.Value));
        var commandLineSettings = arguments.GetArguments()
            .ToDictionary(argument => argument.Key, argument => argument.Value.LastOrDefault() ?? "true", StringComparer.OrdinalIgnoreCase);
        var configuration = new CakeConfigurationProvider(fileSystem, environment)
            .CreateConfiguration(workingDirectory, baseSettings, commandLineSettings);

        var run = _services.GetRequiredService<RunConfiguration>();
        run.Arguments = arguments;
        run.Configuration = configuration;
        run.Targets = targets;
        return configuration;
    }

    // Same precedence as Cake.Frosting: dry run, then (the graph export, then) tree, then description, then a normal run.
    private ScriptHost SelectHost(DefaultCommandSettings settings)
    {
        if (settings.DryRun)
        {
            return _services.GetRequiredService<DryRunScriptHost<IFrostingContext>>();
        }

        if (settings.Graph is not null || settings.GraphFile is not null)
        {
            return ActivatorUtilities.CreateInstance<GraphScriptHost>(_services, GraphRequest.Parse(settings.Graph, settings.GraphFile));
        }

        if (settings.Tree)
        {
            // Cake's tree shows every root and ignores --target; asked for a target, show that target's tree.
            return settings.Targets is { Length: > 0 }
                ? ActivatorUtilities.CreateInstance<TargetTreeScriptHost>(_services)
                : _services.GetRequiredService<TreeScriptHost>();
        }

        if (settings.Description)
        {
            return _services.GetRequiredService<DescriptionScriptHost>();
        }

        return _services.GetRequiredService<BuildScriptHost<IFrostingContext>>();
    }
}
