namespace HomeLab.L1.Templates.Tests.Support;

/// <summary>
/// Snapshots process environment variables and the current directory and restores them on dispose. This assembly's
/// tests run one at a time (nothing is [Parallelizable]), which these process-wide changes rely on.
/// </summary>
internal sealed class EnvironmentScope : IDisposable
{
    private readonly Dictionary<string, string?> _saved = new(StringComparer.Ordinal);
    private readonly string _currentDirectory = Directory.GetCurrentDirectory();

    public EnvironmentScope Set(string name, string? value)
    {
        _saved.TryAdd(name, Environment.GetEnvironmentVariable(name));
        Environment.SetEnvironmentVariable(name, value);
        return this;
    }

    public void Dispose()
    {
        Directory.SetCurrentDirectory(_currentDirectory);
        foreach (var (name, value) in _saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
