using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace HomeLab.Bench.Relay;

/// <summary>
/// Relays each accepted connection to <c>target</c> with a network's latency: one round trip before the first byte
/// (the handshake), then half a round trip for every chunk in its direction. Chunks overlap in flight and keep
/// their order, as on a link with latency and ample bandwidth.
/// </summary>
internal sealed class DelayingRelay(IPEndPoint target, TimeSpan roundTrip)
{
    private readonly TimeSpan _oneWay = roundTrip / 2;

    public async Task RunAsync(TcpListener listener, CancellationToken cancellation)
    {
        while (true)
        {
            var client = await listener.AcceptSocketAsync(cancellation);
            _ = RelayAsync(client, cancellation);
        }
    }

    private async Task RelayAsync(Socket client, CancellationToken cancellation)
    {
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var upstream = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using (client)
        {
            client.NoDelay = true;
            try
            {
                await Task.WhenAll(Task.Delay(roundTrip, connection.Token), upstream.ConnectAsync(target, connection.Token).AsTask());
                await Task.WhenAll(
                    PumpAsync(client, upstream, connection),
                    PumpAsync(upstream, client, connection));
            }
            catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
            {
                // One side went away; the connection ends for both.
            }
        }
    }

    private async Task PumpAsync(Socket from, Socket to, CancellationTokenSource connection)
    {
        var inFlight = Channel.CreateUnbounded<(long Due, byte[]? Chunk)>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var deliver = DeliverAsync(inFlight.Reader, to, connection.Token);
        try
        {
            var buffer = new byte[64 * 1024];
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, connection.Token);
                var due = Stopwatch.GetTimestamp() + (long)(_oneWay.TotalSeconds * Stopwatch.Frequency);
                inFlight.Writer.TryWrite((due, read == 0 ? null : buffer.AsSpan(0, read).ToArray()));
                if (read == 0)
                {
                    break;
                }
            }
        }
        catch
        {
            connection.Cancel();
            throw;
        }
        finally
        {
            inFlight.Writer.TryComplete();
        }

        try
        {
            await deliver;
        }
        catch
        {
            connection.Cancel();
            throw;
        }
    }

    // Sends each chunk when it is due; the end of the stream arrives as a half-close, also when due.
    private static async Task DeliverAsync(ChannelReader<(long Due, byte[]? Chunk)> inFlight, Socket to, CancellationToken cancellation)
    {
        await foreach (var (due, chunk) in inFlight.ReadAllAsync(cancellation))
        {
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellation);
            }

            if (chunk is null)
            {
                to.Shutdown(SocketShutdown.Send);
                return;
            }

            await to.SendAsync(chunk, SocketFlags.None, cancellation);
        }
    }
}
