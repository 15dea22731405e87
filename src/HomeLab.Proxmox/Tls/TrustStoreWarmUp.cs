using System.Security.Cryptography.X509Certificates;

namespace HomeLab.Proxmox.Tls;

/// <summary>
/// On Linux every TLS handshake builds a certificate chain, and the first one in a process reads and parses the
/// whole system trust store (about 0.1 s), even when the certificate is pinned by fingerprint. Starting that read
/// on another thread overlaps it with the work that precedes the first handshake. Every client starts it; a host
/// that will talk to Proxmox can start it earlier still. It runs once per process.
/// </summary>
public static class TrustStoreWarmUp
{
    private static int _started;

    /// <summary>Starts reading the trust store in the background, unless it has been started already.</summary>
    public static void Start()
    {
        if (!OperatingSystem.IsLinux() || Interlocked.Exchange(ref _started, 1) == 1)
        {
            return;
        }

        new Thread(Load) { IsBackground = true, Name = "trust store warm-up" }.Start();
    }

    private static void Load()
    {
        try
        {
            using var store = new X509Store(StoreName.Root, StoreLocation.LocalMachine);
            store.Open(OpenFlags.ReadOnly);
            foreach (var certificate in store.Certificates) // reading them is what loads the store
            {
                certificate.Dispose();
            }
        }
        catch (Exception)
        {
            // Only a head start: an exception on this thread would end the process, and the handshake reads the
            // store itself and reports what is wrong with it.
        }
    }
}
