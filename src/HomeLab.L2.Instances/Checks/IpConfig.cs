using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace HomeLab.L2.Instances.Checks;

/// <summary>A static IPv4 cloud-init setting in Proxmox's syntax: <c>ip=&lt;addr&gt;/&lt;prefix&gt;,gw=&lt;gateway&gt;</c>.</summary>
public sealed record IpConfig(IPAddress Address, int PrefixLength, IPAddress Gateway)
{
    public const string Example = "ip=192.168.86.228/24,gw=192.168.86.1";

    /// <summary>The network the address is in: its prefix, with the host bits cleared.</summary>
    public IPNetwork Network => new(MaskHostBits(Address, PrefixLength), PrefixLength);

    /// <summary>Parses the exact form the Terraform module splits (IPv4 only); anything else is null.</summary>
    public static IpConfig? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(',');
        if (parts.Length != 2 || !parts[0].StartsWith("ip=", StringComparison.Ordinal) || !parts[1].StartsWith("gw=", StringComparison.Ordinal))
        {
            return null;
        }

        var cidr = parts[0][3..].Split('/');
        if (cidr.Length != 2
            || ParseIPv4(cidr[0]) is not { } address
            || !int.TryParse(cidr[1], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix)
            || prefix is < 0 or > 32
            || ParseIPv4(parts[1][3..]) is not { } gateway)
        {
            return null;
        }

        return new IpConfig(address, prefix, gateway);
    }

    /// <summary>A dotted-quad IPv4 address; IPAddress.TryParse alone would also take "10.1" and IPv6.</summary>
    public static IPAddress? ParseIPv4(string text) =>
        text.Count(c => c == '.') == 3 && IPAddress.TryParse(text, out var address) && address.AddressFamily == AddressFamily.InterNetwork
            ? address
            : null;

    private static IPAddress MaskHostBits(IPAddress address, int prefixLength)
    {
        var bytes = address.GetAddressBytes();
        for (var bit = prefixLength; bit < 32; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }

        return new IPAddress(bytes);
    }
}
