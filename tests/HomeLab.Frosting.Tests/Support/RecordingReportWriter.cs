using Cake.Frosting;

namespace HomeLab.Frosting.Tests.Support;

/// <summary>A run report writer that keeps the records it is given.</summary>
internal sealed class RecordingReportWriter : IRunReportWriter
{
    private readonly List<RunRecord> _runs = [];

    public IReadOnlyList<RunRecord> Runs => _runs;

    public void Write(RunRecord run) => _runs.Add(run);
}
