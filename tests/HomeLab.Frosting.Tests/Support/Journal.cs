using System.Collections.Concurrent;

namespace HomeLab.Frosting.Tests.Support;

/// <summary>What the sample tasks and lifetimes did during one run, in order.</summary>
public sealed class Journal
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => _entries.ToArray();

    public void Add(string entry) => _entries.Enqueue(entry);
}
