using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HomeLab.Manifests;

namespace HomeLab.L2.Instances.Hosts;

/// <summary>
/// Writes <c>artifacts/l2/hosts.json</c>, from which L3 builds its Ansible inventory, atomically:
/// <c>{ "hosts": [ { "name", "ip", "ssh_user", "tags", "os", "persona", "node" } ] }</c>, in the order of the specs given
/// and of the hosts in each.
/// </summary>
public static class HostsFileWriter
{
    public static void Write(string path, IEnumerable<PersonaSpec> specs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        AtomicFile.Replace(path, ToJson(specs));
    }

    public static string ToJson(IEnumerable<PersonaSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(specs);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("hosts");
            foreach (var spec in specs)
            {
                foreach (var host in spec.Hosts)
                {
                    json.WriteStartObject();
                    json.WriteString("name", host.Name);
                    json.WriteString("ip", host.Ip);
                    json.WriteString("ssh_user", host.SshUser);
                    json.WriteStartArray("tags");
                    foreach (var tag in host.Tags)
                    {
                        json.WriteStringValue(tag);
                    }

                    json.WriteEndArray();
                    json.WriteString("os", spec.Os);
                    json.WriteString("persona", spec.Persona);
                    json.WriteString("node", host.Node);
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
