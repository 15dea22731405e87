namespace HomeLab.Proxmox;

/// <summary>How much of the file an upload has sent; reported as the file is read, ending with BytesSent == TotalBytes.</summary>
public readonly record struct UploadProgress(long BytesSent, long TotalBytes)
{
    public double Fraction => TotalBytes > 0 ? (double)BytesSent / TotalBytes : 1;
}
