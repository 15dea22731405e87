using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace HomeLab.Proxmox.Tls;

/// <summary>
/// Decides whether to accept pveproxy's certificate according to <see cref="ProxmoxTlsOptions"/>, and remembers
/// the last refusal so that the connection error can say what was seen and how to trust it.
/// </summary>
internal sealed class ServerCertificateValidator
{
    private readonly ProxmoxTlsMode _mode;
    private readonly string? _pinnedFingerprint;
    private readonly X509Certificate2Collection _trustedCas;
    private readonly ProxmoxSettingNames _names;
    private CertificateRejection? _lastRejection;

    private ServerCertificateValidator(ProxmoxTlsMode mode, string? pinnedFingerprint, X509Certificate2Collection trustedCas, ProxmoxSettingNames names)
    {
        _names = names;
        _mode = mode;
        _pinnedFingerprint = pinnedFingerprint;
        _trustedCas = trustedCas;
    }

    public CertificateRejection? LastRejection => Volatile.Read(ref _lastRejection);

    /// <summary>Checks the options up front; a bad fingerprint or CA file is a configuration error.</summary>
    public static ServerCertificateValidator Create(ProxmoxTlsOptions tls, ProxmoxSettingNames? names = null) => For(tls, names ?? ProxmoxSettingNames.Options);

    private static ServerCertificateValidator For(ProxmoxTlsOptions tls, ProxmoxSettingNames names) => tls.Mode switch
    {
        ProxmoxTlsMode.Fingerprint => new(tls.Mode, RequireFingerprint(tls.Fingerprint, names), [], names),
        ProxmoxTlsMode.CaFile => new(tls.Mode, null, LoadCaFile(tls.CaFile, names), names),
        _ => new(tls.Mode, null, [], names),
    };

    public bool Validate(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (_mode == ProxmoxTlsMode.Insecure)
        {
            return true;
        }

        if (certificate is null)
        {
            return Reject("the server presented no certificate", null);
        }

        var observed = CertificateFingerprint.Of(certificate);
        return _mode switch
        {
            ProxmoxTlsMode.Fingerprint => observed == _pinnedFingerprint
                || Reject($"its SHA-256 fingerprint does not match {_names.TlsFingerprint}", observed),
            ProxmoxTlsMode.CaFile => ValidateAgainstCa(certificate, chain, errors, observed),
            _ => errors == SslPolicyErrors.None || Reject(DescribeSystemFailure(errors), observed),
        };
    }

    private bool ValidateAgainstCa(X509Certificate certificate, X509Chain? presented, SslPolicyErrors errors, string observed)
    {
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            return Reject("it was issued for another host name", observed);
        }

        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_trustedCas);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        if (presented is not null)
        {
            chain.ChainPolicy.ExtraStore.AddRange(presented.ChainPolicy.ExtraStore);
        }

        return chain.Build(leaf) || Reject($"it is not signed by the CA in {_names.CaCert}", observed);
    }

    private bool Reject(string reason, string? observed)
    {
        Volatile.Write(ref _lastRejection, new CertificateRejection(reason, observed));
        return false;
    }

    private static string DescribeSystemFailure(SslPolicyErrors errors) =>
        errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors)
            ? "it is not signed by a CA in the system trust store (Proxmox uses its own cluster CA)"
            : "it was issued for another host name";

    private static string RequireFingerprint(string? fingerprint, ProxmoxSettingNames names) =>
        CertificateFingerprint.TryNormalise(fingerprint, out var normalised)
            ? normalised
            : throw new ProxmoxConfigurationException(
                $"{names.TlsFingerprint} is not a SHA-256 fingerprint: expected 32 hex bytes such as AB:CD:…:EF, as shown under Datacenter > Node > Certificates.");

    private static X509Certificate2Collection LoadCaFile(string? path, ProxmoxSettingNames names)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ProxmoxConfigurationException($"{names.CaCert} is empty; set it to a copy of the cluster CA, /etc/pve/pve-root-ca.pem.");
        }

        if (!File.Exists(path))
        {
            throw new ProxmoxConfigurationException(
                $"{names.CaCert} points to {path}, which does not exist; copy /etc/pve/pve-root-ca.pem from a node there.");
        }

        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPemFile(path);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new ProxmoxConfigurationException(
                $"{names.CaCert} {path} could not be read as a PEM certificate ({e.Message.TrimEnd('.')}); use /etc/pve/pve-root-ca.pem.", e);
        }

        return certificates.Count > 0
            ? certificates
            : throw new ProxmoxConfigurationException(
                $"{names.CaCert} {path} holds no PEM certificate (no BEGIN CERTIFICATE block); use /etc/pve/pve-root-ca.pem.");
    }
}
