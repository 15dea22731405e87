namespace HomeLab.Manifests;

/// <summary>The field names of a host's <c>terraform</c> section in a persona spec, as the original tooling spells them.</summary>
public static class PersonaFields
{
    public const string Hosts = "hosts";
    public const string Terraform = "terraform";

    public const string Ip = "ip";
    public const string SshUser = "ssh_user";
    public const string Tags = "tags";
    public const string Cpu = "cpu";
    public const string MemoryMb = "memory_mb";
    public const string DiskGb = "disk_gb";
    public const string TemplateRef = "template_ref";
    public const string Node = "node";
    public const string IpConfig = "ipconfig";
    public const string MacAddress = "mac_address";
}
