namespace HomeLab.L1.Templates;

/// <summary>
/// An IProgress that runs its callback at once on the reporting thread; <see cref="Progress{T}"/> would post it to the
/// thread pool, where reports can arrive late and out of order.
/// </summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
