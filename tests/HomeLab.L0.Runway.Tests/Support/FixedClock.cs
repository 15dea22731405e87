namespace HomeLab.L0.Runway.Tests.Support;

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static FixedClock At2026 { get; } = new(new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
