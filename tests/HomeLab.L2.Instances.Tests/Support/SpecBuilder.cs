namespace HomeLab.L2.Instances.Tests.Support;

/// <summary>Persona specs built in memory, as the reader binds them, for the checks that need no file.</summary>
internal static class SpecBuilder
{
    /// <summary>The lines of a host's fields: its own line, then one field a line in this order.</summary>
    private static readonly string[] FieldOrder =
    [
        PersonaFields.Ip, PersonaFields.SshUser, PersonaFields.Tags, PersonaFields.Cpu, PersonaFields.MemoryMb,
        PersonaFields.DiskGb, PersonaFields.TemplateRef, PersonaFields.Node, PersonaFields.IpConfig,
    ];

    public static PersonaHost Host(
        string name,
        string ip = "192.168.86.228",
        int line = 3,
        string? ipConfig = null,
        string templateRef = "ubuntu/docker/stable",
        string node = "maturin",
        int cpu = 4,
        int memoryMb = 8192,
        string[]? tags = null) => new()
    {
        Name = name,
        Ip = ip,
        SshUser = "lab",
        Tags = tags ?? ["orchestrator", "terraform", "ubuntu", "docker"],
        Cpu = cpu,
        MemoryMb = memoryMb,
        DiskGb = 64,
        TemplateRef = templateRef,
        Node = node,
        IpConfig = ipConfig ?? $"ip={ip}/24,gw=192.168.86.1",
        Line = line,
        FieldLines = FieldOrder.Select((field, i) => (field, i)).ToDictionary(f => f.field, f => line + 1 + f.i),
    };

    public static PersonaSpec Spec(string os, string persona, params PersonaHost[] hosts) => new()
    {
        Os = os,
        Persona = persona,
        Path = $"/lab/infra/os/{os}/personas/{persona}/spec/terraform.json",
        DisplayPath = $"infra/os/{os}/personas/{persona}/spec/terraform.json",
        Hosts = hosts,
    };
}
