using HomeLab.Proxmox.Simulator;
using HomeLab.Proxmox.Simulator.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace HomeLab.Proxmox.Tests.Simulator;

/// <summary>
/// The journal has a request before its answer leaves: a test that counts requests right after its call returned
/// must find them all (recorded only after the handler returned, a retried call was once counted short).
/// </summary>
public class JournalMiddlewareTests
{
    [Test]
    public async Task A_request_is_in_the_journal_before_its_answer_leaves_and_only_once()
    {
        var (journal, context, response) = Request();
        var inJournalWhenTheAnswerLeft = -1;

        await new JournalMiddleware(journal).InvokeAsync(context, async http =>
        {
            http.Response.StatusCode = 503;
            await response.SendHeadersAsync();
            inJournalWhenTheAnswerLeft = journal.Count("GET", "/version");
        });

        Assert.That(inJournalWhenTheAnswerLeft, Is.EqualTo(1));
        Assert.That(journal.All.Select(r => (r.Method, r.Path, r.StatusCode, r.Dropped)), Is.EqualTo(new[] { ("GET", "/version", 503, false) }));
    }

    [Test]
    public async Task A_request_whose_client_left_before_any_answer_is_recorded_once_as_dropped()
    {
        var (journal, context, _) = Request();
        using var aborted = new CancellationTokenSource();
        context.RequestAborted = aborted.Token;

        await new JournalMiddleware(journal).InvokeAsync(context, async _ =>
        {
            await aborted.CancelAsync();
            aborted.Token.ThrowIfCancellationRequested();
        });

        Assert.That(journal.All.Select(r => (r.StatusCode, r.Dropped)), Is.EqualTo(new[] { (0, true) }));
    }

    private static (RequestJournal Journal, DefaultHttpContext Context, HeldResponse Response) Request()
    {
        var response = new HeldResponse();
        var context = new DefaultHttpContext();
        context.Features.Set<IHttpResponseFeature>(response);
        context.Request.Method = "GET";
        context.Request.Path = "/api2/json/version";
        return (new RequestJournal(), context, response);
    }

    /// <summary>A response whose headers leave when the test says, running the callbacks registered for that, as a server does.</summary>
    private sealed class HeldResponse : HttpResponseFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> _starting = [];

        public override void OnStarting(Func<object, Task> callback, object state) => _starting.Add((callback, state));

        public async Task SendHeadersAsync()
        {
            foreach (var (callback, state) in Enumerable.Reverse(_starting))
            {
                await callback(state);
            }
        }
    }
}
