using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using HomeLab.Build;
using HomeLab.Build.RunReport;
using HomeLab.Proxmox.Tls;
using HomeLab.Secrets;
using Microsoft.Extensions.DependencyInjection;

// Most targets talk to Proxmox over TLS, and on Linux the first handshake waits for the system trust store to be
// read: reading it now, beside the host's start-up, takes that wait off the runway's path.
TrustStoreWarmUp.Start();

// build.sh and build.ps1 start this from the repository root; --working overrides it.
return new CakeHost()
    .UseContext<BuildContext>()
    .UseLifetime<BuildLifetime>()
    .UseOptionCatalogue(HomeLabOptions.Catalogue)
    .UseRunReportWriter<RunReportWriter>()
    .UseWorkingDirectory(Environment.CurrentDirectory)
    .ConfigureServices(services =>
    {
        var redactor = new SecretRedactor();
        redactor.AddFromEnvironment(Environment.GetEnvironmentVariable);
        services.AddSingleton(redactor);
        services.AddSingleton<DopplerSwitch>();
        services.AddSingleton<Simulation>();

        // Colours and line width for a terminal, a CI log or a file (NO_COLOR honoured).
        var output = ConsoleOutput.Detect(Environment.GetEnvironmentVariable);
        services.AddSingleton(output.CreateAnsiConsole());
        services.AddSingleton(provider => output.Wrap(new CakeConsole(provider.GetRequiredService<ICakeEnvironment>())));

        // Every line Cake logs, including tool output it echoes, passes through the redactor.
        services.AddSingleton<ICakeLog>(provider => new RedactingCakeLog(new CakeBuildLog(provider.GetRequiredService<IConsole>()), redactor));
    })
    .Run(TargetAliases.Expand(args));
