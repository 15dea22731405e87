using HomeLab.Proxmox.Tls;

namespace HomeLab.Proxmox.Errors;

/// <summary>
/// The one-line explanation of a refused certificate: what was wrong and the three ways to trust a Proxmox node
/// (pin the fingerprint that was seen, trust the cluster CA, or insecure).
/// </summary>
internal static class TlsFailureMessage
{
    public static string Build(ProxmoxEndpoint endpoint, ProxmoxTlsOptions tls, ProxmoxSettingNames names, CertificateRejection? rejection, Exception? error)
    {
        if (rejection is null)
        {
            var detail = error?.InnerException?.Message ?? error?.Message ?? "unknown error";
            return $"The TLS handshake with {endpoint.Authority} failed ({detail.TrimEnd('.')}); check that {names.AccessHost} points at pveproxy.";
        }

        var seen = rejection.ObservedFingerprint;
        var pin = seen is null ? $"{names.TlsFingerprint}=<the node's SHA-256 fingerprint>" : $"{names.TlsFingerprint}={seen}";
        var head = $"The TLS certificate of {endpoint.Authority} was not trusted: {rejection.Reason}.";

        return tls.Mode switch
        {
            ProxmoxTlsMode.Fingerprint =>
                $"{head} If the node's certificate changed (e.g. it was renewed), set {pin}; or trust the cluster CA with {names.CaCert}=/path/to/pve-root-ca.pem, or (unsafe) {names.TlsInsecure}=1.",
            ProxmoxTlsMode.CaFile =>
                $"{head} Point {names.CaCert} (now {tls.CaFile}) at the cluster's /etc/pve/pve-root-ca.pem, or pin the certificate with {pin}, or (unsafe) {names.TlsInsecure}=1.",
            _ =>
                $"{head} Pin it with {pin}, or trust the cluster CA with {names.CaCert}=/path/to/pve-root-ca.pem, or (unsafe) {names.TlsInsecure}=1.",
        };
    }
}
