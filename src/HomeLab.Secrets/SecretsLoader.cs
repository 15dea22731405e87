using Cake.Core;

namespace HomeLab.Secrets;

/// <summary>
/// Puts downloaded secrets into the process environment, so this process (Cake's environment reads it live) and every
/// child process it starts see them. Like <c>doppler run</c>, a loaded secret overrides what the shell had.
/// </summary>
/// <remarks>
/// An empty secret value removes the variable: .NET cannot hold an empty environment variable, and the tools the lab
/// runs treat empty and unset alike.
/// </remarks>
public sealed class SecretsLoader
{
    /// <summary>
    /// Keys Doppler adds to every download to describe itself. They are not loaded: exporting DOPPLER_PROJECT and
    /// DOPPLER_CONFIG would pin every later doppler call to this scope, overriding <c>doppler setup</c> elsewhere.
    /// </summary>
    public static readonly IReadOnlySet<string> DopplerMetaKeys =
        new HashSet<string>(["DOPPLER_PROJECT", "DOPPLER_CONFIG", "DOPPLER_ENVIRONMENT"], StringComparer.Ordinal);

    private readonly Action<string, string?> _setVariable;

    /// <summary>Loads into the real process environment.</summary>
    public SecretsLoader()
        : this(Environment.SetEnvironmentVariable)
    {
    }

    /// <summary>Loads through <paramref name="setVariable"/> (name, value; a null value removes the variable).</summary>
    public SecretsLoader(Action<string, string?> setVariable)
    {
        _setVariable = setVariable ?? throw new ArgumentNullException(nameof(setVariable));
    }

    /// <summary>Sets every secret except Doppler's meta keys, and registers the values with <paramref name="redactor"/>.</summary>
    /// <exception cref="CakeException">A name cannot be an environment variable (it is empty or holds '=' or NUL).</exception>
    public LoadedSecrets Load(IReadOnlyDictionary<string, string> secrets, SecretRedactor? redactor = null)
    {
        ArgumentNullException.ThrowIfNull(secrets);

        var invalid = secrets.Keys.FirstOrDefault(name => name.Length == 0 || name.Contains('=') || name.Contains('\0'));
        if (invalid is not null)
        {
            throw new CakeException(
                $"Doppler returned a secret named '{invalid.Replace("\0", "\\0")}', which cannot be an environment variable; rename it in Doppler.");
        }

        var loaded = new List<string>();
        var skipped = new List<string>();
        foreach (var (name, value) in secrets)
        {
            if (DopplerMetaKeys.Contains(name))
            {
                skipped.Add(name);
                continue;
            }

            redactor?.Add(value);
            _setVariable(name, value.Length == 0 ? null : value);
            loaded.Add(name);
        }

        loaded.Sort(StringComparer.Ordinal);
        skipped.Sort(StringComparer.Ordinal);
        return new LoadedSecrets(loaded, skipped);
    }
}
