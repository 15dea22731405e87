using System.Net;
using System.Net.Security;
using HomeLab.Proxmox.Simulator.Auth;
using HomeLab.Proxmox.Simulator.Endpoints;
using HomeLab.Proxmox.Simulator.Faults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HomeLab.Proxmox.Simulator.Hosting;

/// <summary>
/// Builds the minimal ASP.NET Core app: Kestrel on 127.0.0.1 over HTTPS/1.1 with the simulator's certificate, then
/// journal → faults → body limit → authentication → routing → 501 for anything unknown → the API endpoints.
/// </summary>
internal static class SimulatorHost
{
    public static WebApplication Build(SimulatorContext simulator, int port, bool logWarnings)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port, listen =>
            {
                // HTTP/1.1 only: reason phrases exist there, and an aborted request drops a whole connection.
                listen.Protocols = HttpProtocols.Http1;
                listen.UseHttps(new TlsHandshakeCallbackOptions
                {
                    OnConnection = _ => ValueTask.FromResult(new SslServerAuthenticationOptions
                    {
                        ServerCertificateContext = simulator.Certificates.Context,
                        ApplicationProtocols = [SslApplicationProtocol.Http11],
                    }),
                });
            });
        });
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton(simulator);
        builder.Logging.ClearProviders();
        if (logWarnings)
        {
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        }

        var app = builder.Build();
        var journal = new JournalMiddleware(simulator.Journal);
        var faults = new FaultMiddleware(simulator.Faults);
        var bodyLimit = new BodyLimitMiddleware(simulator);
        var authentication = new AuthenticationMiddleware(simulator);
        app.Use(journal.InvokeAsync);
        app.Use(faults.InvokeAsync);
        app.Use(bodyLimit.InvokeAsync);
        app.Use(authentication.InvokeAsync);
        app.UseRouting();
        app.Use(NotImplementedMiddleware.InvokeAsync);

        var routes = new ApiRoutes(app, simulator);
        VersionEndpoints.Map(routes);
        NodeEndpoints.Map(routes);
        NetworkEndpoints.Map(routes);
        StorageEndpoints.Map(routes);
        AccessEndpoints.Map(routes);
        ClusterEndpoints.Map(routes);
        QemuEndpoints.Map(routes);
        QemuCreateEndpoint.Map(routes);
        QemuLifecycleEndpoints.Map(routes);
        QemuResizeEndpoint.Map(routes);
        ContentEndpoints.Map(routes);
        UploadEndpoint.Map(routes);
        DownloadUrlEndpoint.Map(routes);
        TaskEndpoints.Map(routes);
        return app;
    }
}
