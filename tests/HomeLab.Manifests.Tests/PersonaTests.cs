namespace HomeLab.Manifests.Tests;

public class PersonaTests
{
    private const string File = "infra/os/ubuntu/personas/docker/spec/terraform.json";
    private TempLab _lab = null!;
    private LabManifests _manifests = null!;

    [SetUp]
    public void SetUp()
    {
        _lab = new TempLab();
        _manifests = new LabManifests(_lab.Root);
    }

    [TearDown]
    public void TearDown() => _lab.Dispose();

    [Test]
    public void A_spec_is_bound_with_the_line_of_each_host_and_field()
    {
        Spec("ubuntu", "docker",
            "{",
            "  \"hosts\": {",
            "    \"carrie\": {",
            "      \"terraform\": {",
            "        \"ip\": \"192.168.86.228\", \"ssh_user\": \"lab\",",
            "        \"tags\": [\"ubuntu\", \"docker\"],",
            "        \"cpu\": 4, \"memory_mb\": 8192, \"disk_gb\": 128,",
            "        \"template_ref\": \"ubuntu/docker/stable\", \"node\": \"maturin\",",
            "        \"ipconfig\": \"ip=192.168.86.228/24,gw=192.168.86.1\"",
            "      }",
            "    },",
            "    \"haos\": { \"terraform\": { \"ip\": \"192.168.86.230\", \"ssh_user\": \"root\", \"tags\": [], \"cpu\": 2.0, \"memory_mb\": 4096,",
            "      \"disk_gb\": 32, \"template_ref\": \"haos/stable\", \"node\": \"pve\", \"ipconfig\": \"ip=192.168.86.230/24,gw=192.168.86.1\",",
            "      \"mac_address\": \"02:42:AC:11:00:02\" } }",
            "  }",
            "}");

        var spec = _manifests.ReadPersona("ubuntu", "docker");

        var carrie = spec.Hosts[0];
        var haos = spec.Hosts[1];
        Assert.Multiple(() =>
        {
            Assert.That(spec.Id, Is.EqualTo(new PersonaId("ubuntu", "docker")));
            Assert.That(spec.DisplayPath, Is.EqualTo(File));
            Assert.That(spec.Path, Is.EqualTo(Path.Combine(_lab.Root, "infra", "os", "ubuntu", "personas", "docker", "spec", "terraform.json")));
            Assert.That(spec.Hosts.Select(h => h.Name), Is.EqualTo(new[] { "carrie", "haos" }), "in file order");
            Assert.That(carrie.Ip, Is.EqualTo("192.168.86.228"));
            Assert.That(carrie.SshUser, Is.EqualTo("lab"));
            Assert.That(carrie.Tags, Is.EqualTo(new[] { "ubuntu", "docker" }));
            Assert.That((carrie.Cpu, carrie.MemoryMb, carrie.DiskGb), Is.EqualTo((4, 8192, 128)));
            Assert.That(carrie.TemplateRef, Is.EqualTo("ubuntu/docker/stable"));
            Assert.That(carrie.Node, Is.EqualTo("maturin"));
            Assert.That(carrie.IpConfig, Is.EqualTo("ip=192.168.86.228/24,gw=192.168.86.1"));
            Assert.That(carrie.MacAddress, Is.Null);
            Assert.That(carrie.Line, Is.EqualTo(3));
            Assert.That(carrie.LineOf(PersonaFields.Node), Is.EqualTo(8));
            Assert.That(carrie.LineOf(PersonaFields.MacAddress), Is.EqualTo(3), "a field it lacks: the host's line");
            Assert.That(haos.Cpu, Is.EqualTo(2));
            Assert.That(haos.MacAddress, Is.EqualTo("02:42:AC:11:00:02"));
            Assert.That(haos.Line, Is.EqualTo(12));
        });
    }

    [Test]
    public void Fields_homelab_does_not_know_are_kept_out_of_the_way()
    {
        Spec("ubuntu", "docker",
            "{",
            "  \"$comment\": \"owned by ops\",",
            "  \"hosts\": { \"carrie\": {",
            "    \"ansible\": { \"groups\": [\"docker\"] },",
            "    \"terraform\": " + Terraform() + " } }",
            "}");

        Assert.That(_manifests.ValidatePersona("ubuntu", "docker"), Is.Empty);
        Assert.That(_manifests.ReadPersona("ubuntu", "docker").Hosts.Single().Name, Is.EqualTo("carrie"));
    }

    [Test]
    public void Every_problem_names_the_file_the_line_and_the_field()
    {
        Spec("ubuntu", "docker",
            "{",
            "  \"hosts\": {",
            "    \"carrie\": { \"terraform\": {",
            "      \"ip\": \"192.168.86.300\",",
            "      \"ssh_user\": \"Lab User\",",
            "      \"tags\": [\"ok\", \"not ok\"],",
            "      \"cpu\": 0,",
            "      \"memory_mb\": \"8G\",",
            "      \"disk_gb\": 128,",
            "      \"template_ref\": \"\",",
            "      \"node\": \"maturin_1\",",
            "      \"ipconfig\": \"ip=192.168.86.228/24,gw=192.168.86.1\",",
            "      \"mac_address\": \"02:42\"",
            "    } },",
            "    \"bad name\": { \"terraform\": {} },",
            "    \"misery\": { \"ansible\": {} }",
            "  }",
            "}");

        var errors = _manifests.ValidatePersona("ubuntu", "docker").Select(e => e.ToString());

        Assert.That(errors, Is.EqualTo(new[]
        {
            $"{File}:4: hosts/carrie/terraform/ip: must be an IPv4 address such as 192.168.86.228",
            $"{File}:5: hosts/carrie/terraform/ssh_user: must be a user name such as lab (lower-case letters, digits, '_' and '-')",
            $"{File}:6: hosts/carrie/terraform/tags/1: must be a Proxmox tag (letters, digits, '_', '-', '+', '.')",
            $"{File}:7: hosts/carrie/terraform/cpu: must be at least 1 (found 0)",
            $"{File}:8: hosts/carrie/terraform/memory_mb: must be an integer (found a string)",
            $"{File}:10: hosts/carrie/terraform/template_ref: must not be empty",
            $"{File}:11: hosts/carrie/terraform/node: must be a Proxmox node name such as pve",
            $"{File}:13: hosts/carrie/terraform/mac_address: must be a MAC address such as 02:42:AC:11:00:02",
            $"{File}:15: hosts/bad name: must be a host name: letters, digits, '-' and '.', starting and ending with a letter or digit",
            $"{File}:15: hosts/bad name/terraform/cpu: is required",
            $"{File}:15: hosts/bad name/terraform/disk_gb: is required",
            $"{File}:15: hosts/bad name/terraform/ip: is required",
            $"{File}:15: hosts/bad name/terraform/ipconfig: is required",
            $"{File}:15: hosts/bad name/terraform/memory_mb: is required",
            $"{File}:15: hosts/bad name/terraform/node: is required",
            $"{File}:15: hosts/bad name/terraform/ssh_user: is required",
            $"{File}:15: hosts/bad name/terraform/tags: is required",
            $"{File}:15: hosts/bad name/terraform/template_ref: is required",
            $"{File}:16: hosts/misery/terraform: is required",
        }));
    }

    [Test]
    public void A_spec_without_hosts_says_so()
    {
        Spec("ubuntu", "docker", "{", "  \"hosts\": {}", "}");
        Spec("ubuntu", "k8s", "{", "  \"terraform\": {}", "}");

        Assert.Multiple(() =>
        {
            Assert.That(_manifests.ValidatePersona("ubuntu", "docker").Select(e => e.ToString()),
                Is.EqualTo(new[] { $"{File}:2: hosts: must not be empty" }));
            Assert.That(_manifests.ValidatePersona("ubuntu", "k8s").Select(e => e.ToString()),
                Is.EqualTo(new[] { "infra/os/ubuntu/personas/k8s/spec/terraform.json:1: hosts: is required" }));
        });
    }

    [Test]
    public void Read_throws_every_problem_and_bad_json_names_its_line()
    {
        Spec("ubuntu", "docker", "{", "  \"hosts\": { \"carrie\": { \"terraform\": 3 } }", "}");
        Spec("arch", "devops", "{", "  \"hosts\": { \"a\" 1 }", "}");

        var invalid = Assert.Throws<ManifestException>(() => _manifests.ReadPersona("ubuntu", "docker"))!;
        var broken = Assert.Throws<ManifestException>(() => _manifests.ReadPersona("arch", "devops"))!;

        Assert.That(invalid.Message, Is.EqualTo($"{File}:2: hosts/carrie/terraform: must be an object (found a number)"));
        Assert.That(broken.Errors.Single().ToString(), Does.StartWith("infra/os/arch/personas/devops/spec/terraform.json:2: invalid JSON: "));
    }

    [Test]
    public void A_missing_spec_says_what_to_write()
    {
        var error = Assert.Throws<ManifestException>(() => _manifests.ReadPersona("ubuntu", "docker"))!;

        Assert.That(error.Message, Is.EqualTo(
            $"{File}: not found; create it with a \"hosts\" object, one entry per host with its \"terraform\" section."));
    }

    [Test]
    public void Personas_are_listed_by_os_then_persona()
    {
        Spec("ubuntu", "docker", "{}");
        Spec("ubuntu", "apps", "{}");
        Spec("arch", "devops", "{}");
        Spec("haos", "haos", "{}");
        Directory.CreateDirectory(Path.Combine(_lab.OsDirectory("ubuntu"), "personas", "empty", "spec"));
        Directory.CreateDirectory(Path.Combine(_lab.OsDirectory("ubuntu"), "personas", ".hidden", "spec"));
        _lab.Write("infra/os/ubuntu/personas/.hidden/spec/terraform.json", "{}");

        Assert.That(_manifests.ListPersonas().Select(p => p.ToString()),
            Is.EqualTo(new[] { "arch/devops", "haos/haos", "ubuntu/apps", "ubuntu/docker" }));
    }

    [Test]
    public void A_lab_without_operating_systems_has_no_personas() =>
        Assert.That(_manifests.ListPersonas(), Is.Empty);

    [Test]
    public void A_persona_name_that_is_not_a_folder_name_is_refused()
    {
        var error = Assert.Throws<ManifestException>(() => _manifests.ReadPersona("ubuntu", "../x"))!;

        Assert.That(error.Message, Does.StartWith("'../x' is not a persona name"));
    }

    internal static string Terraform(string ip = "192.168.86.228") =>
        "{ \"ip\": \"" + ip + "\", \"ssh_user\": \"lab\", \"tags\": [\"ubuntu\"], \"cpu\": 4, \"memory_mb\": 8192, \"disk_gb\": 128, " +
        "\"template_ref\": \"ubuntu/stable\", \"node\": \"pve\", \"ipconfig\": \"ip=" + ip + "/24,gw=192.168.86.1\" }";

    private void Spec(string os, string persona, params string[] lines) =>
        _lab.Write($"infra/os/{os}/personas/{persona}/spec/terraform.json", lines);
}
