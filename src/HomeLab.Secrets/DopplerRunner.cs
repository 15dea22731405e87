using System.Collections.Concurrent;
using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace HomeLab.Secrets;

/// <summary>Runs the <c>doppler</c> CLI.</summary>
public sealed class DopplerRunner : Tool<DopplerSettings>
{
    /// <summary>The variable the CLI reads its token from.</summary>
    public const string TokenVariable = "DOPPLER_TOKEN";

    private readonly IFileSystem _fileSystem;
    private readonly ICakeEnvironment _environment;

    /// <summary>Creates the runner from Cake's services (as an alias does, from the context).</summary>
    public DopplerRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
        : base(fileSystem, environment, processRunner, tools)
    {
        _fileSystem = fileSystem;
        _environment = environment;
    }

    /// <summary>
    /// Runs <c>doppler secrets download --no-file --format json</c> (plus <c>--project</c>/<c>--config</c> when set) in
    /// the working directory and returns the secrets by name. Standard output is captured without ever reaching the log.
    /// </summary>
    /// <exception cref="CakeException">The CLI is missing, fails, or prints something other than a JSON object of strings.
    /// The message is one line and never contains a secret value.</exception>
    public IReadOnlyDictionary<string, string> SecretsDownload(DopplerSecretsDownloadSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        EnsureCliExists(settings);

        var arguments = new ProcessArgumentBuilder()
            .Append("secrets")
            .Append("download")
            .Append("--no-file")
            .Append("--format")
            .Append("json");
        if (!string.IsNullOrWhiteSpace(settings.Project))
        {
            arguments.AppendSwitchQuoted("--project", " ", settings.Project);
        }

        if (!string.IsNullOrWhiteSpace(settings.Config))
        {
            arguments.AppendSwitchQuoted("--config", " ", settings.Config);
        }

        // Cake echoes redirected output at Diagnostic verbosity when it is read back through GetStandardOutput() or
        // GetStandardError(), even with Silent set. A handler that returns null keeps a line out of Cake's buffer altogether,
        // so the lines are collected here and never pass through the log.
        var output = new ConcurrentQueue<string>();
        var errors = new ConcurrentQueue<string>();
        var processSettings = new ProcessSettings
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectedStandardOutputHandler = line => Collect(output, line),
            RedirectedStandardErrorHandler = line => Collect(errors, line),
        };

        Run(settings, arguments, processSettings, process =>
        {
            // WaitForExit() without a timeout also waits for the redirected streams to drain.
            process.WaitForExit();
            var exitCode = process.GetExitCode();
            if (exitCode != 0)
            {
                throw DopplerErrors.CommandFailed(exitCode, errors, SecretsToHide(settings));
            }
        });

        return DopplerSecretsJson.Parse(string.Join('\n', output));
    }

    /// <inheritdoc />
    protected override string GetToolName() => "Doppler";

    /// <inheritdoc />
    protected override IEnumerable<string> GetToolExecutableNames() => ["doppler", "doppler.exe"];

    /// <inheritdoc />
    protected override IDictionary<string, string> GetEnvironmentVariables(DopplerSettings settings)
    {
        var variables = new Dictionary<string, string>(base.GetEnvironmentVariables(settings) ?? new Dictionary<string, string>());
        if (!string.IsNullOrEmpty(settings.Token))
        {
            variables[TokenVariable] = settings.Token;
        }

        return variables;
    }

    private void EnsureCliExists(DopplerSettings settings)
    {
        // Checked up front so the user gets an install hint instead of Cake's generic "Could not locate executable".
        var configured = settings.ToolPath?.MakeAbsolute(_environment);
        if (configured is not null && !_fileSystem.Exist(configured))
        {
            throw DopplerErrors.CliNotFound(configured.FullPath);
        }

        if (configured is null && GetToolPath(settings) is null)
        {
            throw DopplerErrors.CliNotFound(null);
        }
    }

    private static string? Collect(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }

        return null;
    }

    private IEnumerable<string> SecretsToHide(DopplerSettings settings)
    {
        if (!string.IsNullOrEmpty(settings.Token))
        {
            yield return settings.Token;
        }

        var inherited = _environment.GetEnvironmentVariable(TokenVariable);
        if (!string.IsNullOrEmpty(inherited))
        {
            yield return inherited;
        }
    }
}
