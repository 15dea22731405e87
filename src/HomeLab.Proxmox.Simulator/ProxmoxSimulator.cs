using HomeLab.Proxmox.Simulator.Faults;
using HomeLab.Proxmox.Simulator.Hosting;
using HomeLab.Proxmox.Simulator.Tls;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace HomeLab.Proxmox.Simulator;

/// <summary>
/// An in-memory Proxmox VE API on https://127.0.0.1:&lt;port&gt;/api2/json with a per-start CA and certificate.
/// Worker tasks run in the background; uploaded and downloaded files are kept in a temporary directory that
/// disposing deletes.
/// <code>await using var pve = await ProxmoxSimulator.StartAsync();</code>
/// </summary>
public sealed class ProxmoxSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SimulatorContext _context;

    private ProxmoxSimulator(WebApplication app, SimulatorContext context, int port)
    {
        _app = app;
        _context = context;
        State = context.State;
        Faults = context.Faults;
        Requests = context.Journal;
        AccessHost = $"127.0.0.1:{port}";
        BaseUrl = new Uri($"https://{AccessHost}/api2/json");
    }

    public SimulatorState State { get; }

    public FaultInjector Faults { get; }

    /// <summary>Every request answered so far (method, path below /api2/json, status).</summary>
    public RequestJournal Requests { get; }

    /// <summary>https://127.0.0.1:&lt;port&gt;/api2/json</summary>
    public Uri BaseUrl { get; }

    /// <summary>"127.0.0.1:&lt;port&gt;": what PVE_ACCESS_HOST would be.</summary>
    public string AccessHost { get; }

    public string TokenId => State.DefaultToken.Id;

    public string TokenSecret => State.DefaultToken.Secret;

    /// <summary>SHA-256 of the served leaf certificate, colon-separated upper-case hex.</summary>
    public string CertificateFingerprint => _context.Certificates.Fingerprint;

    /// <summary>PEM of the CA that signed the leaf (the simulator's pve-root-ca.pem).</summary>
    public string CaCertificatePem => _context.Certificates.AuthorityPem;

    /// <summary>Starts on 127.0.0.1; <paramref name="port"/> 0 picks a free port.</summary>
    public static Task<ProxmoxSimulator> StartAsync(SimulatorState? state = null, int port = 0, CancellationToken ct = default) =>
        StartAsync(state, port, logWarnings: false, ct);

    internal static async Task<ProxmoxSimulator> StartAsync(SimulatorState? state, int port, bool logWarnings, CancellationToken ct)
    {
        var certificates = SimulatorCertificates.Generate();
        var context = new SimulatorContext(state ?? SimulatorState.CreateDefault(), new FaultInjector(), new RequestJournal(), certificates);
        var app = SimulatorHost.Build(context, port, logWarnings);
        try
        {
            await app.StartAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            await context.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ProxmoxSimulator(app, context, new Uri(address).Port);
    }

    public async ValueTask DisposeAsync()
    {
        using (var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            await _app.StopAsync(grace.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        await _context.DisposeAsync().ConfigureAwait(false);
        State.DeleteFiles();
    }
}
