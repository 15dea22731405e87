namespace HomeLab.L0.Runway.Tests.Support;

/// <summary>
/// An answer the fake API holds back until another request arrives, to show whether that request was sent while
/// this one was still outstanding. So that a test fails rather than hangs, it answers on its own after 2 s.
/// </summary>
internal sealed class HeldAnswer<T>(string name, T value, List<string> asked)
{
    private readonly TaskCompletionSource<T> _answer = new();

    public Task<T> Hold()
    {
        lock (asked) { asked.Add(name); }
        _ = Task.Delay(TimeSpan.FromSeconds(2)).ContinueWith(_ => _answer.TrySetResult(value), TaskScheduler.Default);
        return _answer.Task;
    }

    /// <summary>Records "&lt;other&gt; with &lt;name&gt;" (or "after"), then lets the held answer go.</summary>
    public void Release(string other)
    {
        lock (asked) { asked.Add(_answer.Task.IsCompleted ? $"{other} after {name}" : $"{other} with {name}"); }
        _answer.TrySetResult(value);
    }
}
