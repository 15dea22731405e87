using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cake.Core.IO;
using HomeLab.Testing;
using HomeLab.Tools.Ansible;
using Path = System.IO.Path;

namespace HomeLab.Tools.Tests.Ansible;

/// <summary>The extra-vars file: private while it exists, gone after, and the JSON ansible reads.</summary>
[Platform(Exclude = "Win", Reason = "Unix file modes.")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class AnsibleExtraVarsFileTests
{
    [Test]
    public void The_file_is_0600_in_a_0700_folder_and_both_go_on_dispose()
    {
        using var temp = new TempDirectory();
        string path;
        using (var file = AnsibleExtraVarsFile.Write(new DirectoryPath(temp.Path), Encoding.UTF8.GetBytes("{}")))
        {
            path = file.Path;
            Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            Assert.That(File.GetUnixFileMode(Path.GetDirectoryName(path)!), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
            Assert.That(Path.GetFileName(Path.GetDirectoryName(path)), Does.StartWith("homelab-ansible-"));
            Assert.That(File.ReadAllText(path), Is.EqualTo("{}"));
        }

        Assert.That(Directory.EnumerateFileSystemEntries(temp.Path), Is.Empty);
    }

    [Test]
    public void The_json_holds_plain_values_as_json_and_secrets_in_clear()
    {
        var settings = new AnsiblePlaybookSettings()
            .WithExtraVar("converge_group", "webs")
            .WithExtraVar("forks", 3)
            .WithExtraVar("force_reboot", true)
            .WithExtraVar("hosts", new[] { "a", "b" })
            .WithExtraVar("nothing", null)
            .WithSecretExtraVar("token", "s3cr\"et\\é");

        var json = JsonNode.Parse(AnsibleExtraVars.ToJson(settings))!;

        Assert.That(json.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), Is.EqualTo(
            """{"converge_group":"webs","forks":3,"force_reboot":true,"hosts":["a","b"],"nothing":null,"token":"s3cr\"et\\é"}"""));
        Assert.That(AnsibleExtraVars.Shown(settings), Is.EqualTo(new[]
        {
            "converge_group=webs", "forks=3", "force_reboot=true", "hosts=[\"a\",\"b\"]", "nothing=null", "token=[REDACTED]",
        }));
    }
}
