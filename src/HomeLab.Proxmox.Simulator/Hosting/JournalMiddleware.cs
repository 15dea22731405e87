using HomeLab.Proxmox.Simulator.Auth;
using Microsoft.AspNetCore.Http;

namespace HomeLab.Proxmox.Simulator.Hosting;

/// <summary>Records every request with its outcome, and swallows the cancellation of requests whose client left.</summary>
internal sealed class JournalMiddleware(RequestJournal journal)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var received = DateTimeOffset.UtcNow;
        var recorded = 0;
        void Record(bool dropped)
        {
            if (Interlocked.Exchange(ref recorded, 1) == 0)
            {
                var token = AuthenticationMiddleware.FindToken(context)?.Id;
                journal.Add(new SimulatorRequest(
                    context.Request.Method, ApiPaths.Relative(context), dropped ? 0 : context.Response.StatusCode, token, dropped, received, DateTimeOffset.UtcNow));
            }
        }

        // Recorded before the answer leaves: a client that has its answer finds the request in the journal.
        context.Response.OnStarting(() =>
        {
            Record(dropped: false);
            return Task.CompletedTask;
        });
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up (timeout) while a latency fault was waiting; nothing left to answer.
        }

        Record(context.RequestAborted.IsCancellationRequested);
    }
}
