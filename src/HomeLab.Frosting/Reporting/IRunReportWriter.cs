namespace Cake.Frosting;

/// <summary>
/// Writes the report of a run (a file, a CI summary). The host calls every registered writer once per run of tasks
/// (not for <c>--dryrun</c>, <c>--tree</c>, <c>--graph</c> or <c>--help</c>): when it ends, fails, or is interrupted.
/// </summary>
public interface IRunReportWriter
{
    void Write(RunRecord run);
}
