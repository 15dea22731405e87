namespace HomeLab.Tools.Tests.Support;

/// <summary>
/// Snapshots process environment variables and the current directory (Cake's environment changes it when its working
/// directory is set) and restores them on dispose. NUnit runs this assembly's tests one at a time (no [Parallelizable]),
/// which these process-wide changes rely on.
/// </summary>
internal sealed class EnvironmentScope : IDisposable
{
    private readonly Dictionary<string, string?> _saved = new(StringComparer.Ordinal);
    private readonly string _currentDirectory = Directory.GetCurrentDirectory();

    /// <summary>Sets (or with null, removes) a variable, remembering its old value first.</summary>
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
