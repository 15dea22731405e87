namespace HomeLab.L0.Runway.Checks;

/// <summary>The names the checks are reported under, in the order they are reported.</summary>
public static class CheckNames
{
    public const string Environment = "Environment";
    public const string Api = "Proxmox API";
    public const string Node = "Node";
    public const string Bridge = "Bridge";
    public const string StorageConsistency = "Storage consistency";
    public const string StorageSpace = "Storage space";
    public const string TemplateNeeds = "Template needs";
    public const string Privileges = "Privileges";
    public const string Tools = "Tools";

    public static string Tool(string tool) => $"Tool {tool}";
}
