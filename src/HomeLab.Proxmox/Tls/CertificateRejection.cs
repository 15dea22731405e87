namespace HomeLab.Proxmox.Tls;

/// <summary>Why the last server certificate was refused, kept so the error message can name the fix.</summary>
/// <param name="Reason">A clause such as "it is not signed by a CA in the system trust store".</param>
/// <param name="ObservedFingerprint">The SHA-256 fingerprint the server presented, when it presented one.</param>
internal sealed record CertificateRejection(string Reason, string? ObservedFingerprint);
