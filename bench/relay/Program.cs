using System.Globalization;
using System.Net;
using System.Net.Sockets;
using HomeLab.Bench.Relay;

// A TCP relay on 127.0.0.1 that models a network between a client and a server on loopback: each new connection
// waits one round trip before any byte flows (the TCP handshake), and each chunk reaches the other side half a
// round trip after it was sent, in either direction. bench/runway.sh puts it in front of the standalone simulator.
//   HomeLab.Bench.Relay --target 127.0.0.1:8006 --rtt-ms 100 [--port 0] [--port-file path]
const string Usage = "usage: HomeLab.Bench.Relay --target <host:port> --rtt-ms <n> [--port 0] [--port-file path]";

IPEndPoint? target = null;
int? roundTripMs = null;
var port = 0;
string? portFile = null;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--target" when IPEndPoint.TryParse(args[i + 1], out var endPoint):
            target = endPoint;
            break;
        case "--rtt-ms" when int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var ms):
            roundTripMs = ms;
            break;
        case "--port" when int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p <= 65535:
            port = p;
            break;
        case "--port-file":
            portFile = args[i + 1];
            break;
        default:
            Console.Error.WriteLine($"{args[i]} '{args[i + 1]}' is not valid; {Usage}");
            return 2;
    }
}

if (target is null || roundTripMs is null || args.Length % 2 != 0)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var listener = new TcpListener(IPAddress.Loopback, port);
listener.Start();
var bound = ((IPEndPoint)listener.LocalEndpoint).Port;
Console.WriteLine($"relaying 127.0.0.1:{bound} to {target} with a {roundTripMs} ms round trip");
if (portFile is not null)
{
    File.WriteAllText(portFile, bound.ToString(CultureInfo.InvariantCulture));
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM,
    context =>
    {
        context.Cancel = true;
        stop.Cancel();
    });

try
{
    await new DelayingRelay(target, TimeSpan.FromMilliseconds(roundTripMs.Value)).RunAsync(listener, stop.Token);
}
catch (OperationCanceledException)
{
}
finally
{
    listener.Stop();
}

return 0;
