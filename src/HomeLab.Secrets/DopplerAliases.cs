using Cake.Core;
using Cake.Core.Annotations;

namespace HomeLab.Secrets;

/// <summary>Cake aliases for the Doppler secrets CLI.</summary>
[CakeAliasCategory("Doppler")]
public static class DopplerAliases
{
    /// <summary>
    /// Runs <c>doppler secrets download --no-file --format json</c> in the working directory and returns the secrets.
    /// Nothing is written to disk or to the log.
    /// </summary>
    [CakeMethodAlias]
    public static IReadOnlyDictionary<string, string> DopplerSecretsDownload(
        this ICakeContext context, DopplerSecretsDownloadSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runner = new DopplerRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
        return runner.SecretsDownload(settings ?? new DopplerSecretsDownloadSettings());
    }

    /// <summary>
    /// Downloads the secrets and loads them into the process environment (overriding the shell), remembering each value
    /// and the well-known secret variables in <paramref name="redactor"/>. Log <see cref="LoadedSecrets.Summary"/>: it holds names only.
    /// </summary>
    [CakeMethodAlias]
    public static LoadedSecrets DopplerLoadSecrets(
        this ICakeContext context, DopplerSecretsDownloadSettings? settings = null, SecretRedactor? redactor = null)
    {
        var secrets = context.DopplerSecretsDownload(settings);
        var loaded = new SecretsLoader().Load(secrets, redactor);
        redactor?.AddFromEnvironment(context.Environment.GetEnvironmentVariable);
        return loaded;
    }
}
