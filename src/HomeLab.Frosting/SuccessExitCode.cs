namespace Cake.Frosting;

/// <summary>
/// The exit code of a run in which every task succeeded: 0 unless a task says otherwise, as
/// <c>terraform plan -detailed-exitcode</c> exits 2 when there are changes. A failed run exits with its error's code.
/// </summary>
public sealed class SuccessExitCode
{
    public int Code { get; set; }
}
