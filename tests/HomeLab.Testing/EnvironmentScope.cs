namespace HomeLab.Testing;

/// <summary>
/// Snapshots process environment variables and the current directory (Cake's environment changes it when its working
/// directory is set) and puts them back on dispose. These are process-wide changes, so tests using it must not run in
/// parallel with each other.
/// </summary>
public sealed class EnvironmentScope : IDisposable
{
    private readonly Dictionary<string, string?> _saved = new(StringComparer.Ordinal);
    private readonly string _currentDirectory = Directory.GetCurrentDirectory();

    public EnvironmentScope(params string[] names)
    {
        foreach (var name in names)
        {
            Track(name);
        }
    }

    /// <summary>Sets (or with null, removes) a variable, remembering its old value first.</summary>
    public EnvironmentScope Set(string name, string? value)
    {
        Track(name);
        Environment.SetEnvironmentVariable(name, value);
        return this;
    }

    /// <summary>Remembers a variable's current value so dispose restores it, whoever changes it.</summary>
    public void Track(string name) => _saved.TryAdd(name, Environment.GetEnvironmentVariable(name));

    public void Dispose()
    {
        Directory.SetCurrentDirectory(_currentDirectory);
        foreach (var (name, value) in _saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
