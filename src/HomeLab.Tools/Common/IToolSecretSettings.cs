namespace HomeLab.Tools;

/// <summary>
/// Settings that hand a tool secrets through its environment only, mask their values in everything the wrapper logs,
/// returns or throws, and let the caller mask more.
/// </summary>
internal interface IToolSecretSettings
{
    /// <summary>Variables handed to the tool through its environment, never its command line, and masked.</summary>
    IDictionary<string, string> SecretEnvironmentVariables { get; }

    /// <summary>Masks secrets the wrapper does not know about; it runs after the wrapper's own secrets are masked.</summary>
    Func<string, string>? Redact { get; }
}
