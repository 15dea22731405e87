using HomeLab.L0.Runway.Results;

namespace HomeLab.L0.Runway.Checks;

/// <summary>Turns anything unexpected a check throws into a failure reason, so the run always finishes and lists it.</summary>
internal static class CheckGuard
{
    public static string UnexpectedReason(string check, Exception ex) =>
        $"{check} check failed unexpectedly: {Reasons.Plain(ex.Message)}.";

    public static async Task<T> RunAsync<T>(string check, Func<Task<T>> run, Func<string, T> onFailure, CancellationToken cancellationToken)
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            return onFailure(UnexpectedReason(check, ex));
        }
    }

    public static Task<CheckResult> RunAsync(string check, Func<Task<CheckResult>> run, CancellationToken cancellationToken) =>
        RunAsync(check, run, reason => CheckResult.Fail(check, reason), cancellationToken);
}
