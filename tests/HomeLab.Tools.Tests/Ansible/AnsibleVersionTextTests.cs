using HomeLab.Tools.Ansible;

namespace HomeLab.Tools.Tests.Ansible;

public class AnsibleVersionTextTests
{
    [TestCase("ansible-playbook [core 2.14.18]\n  config file = None\n", "2.14.18")]
    [TestCase("ansible-playbook [core 2.17.0rc1]", "2.17.0")]
    [TestCase("ansible-playbook 2.9.27\n  config file = /etc/ansible/ansible.cfg", "2.9.27")]
    public void The_core_version_is_read(string output, string expected) =>
        Assert.That(AnsibleVersionText.Parse(output), Is.EqualTo(Version.Parse(expected)));

    [TestCase("")]
    [TestCase(null)]
    [TestCase("something else 1.2")]
    public void No_version_is_null(string? output) => Assert.That(AnsibleVersionText.Parse(output), Is.Null);
}
