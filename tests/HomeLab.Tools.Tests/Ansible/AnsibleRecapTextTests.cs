using HomeLab.Tools.Ansible;
using HomeLab.Tools.Ansible.Recap;
using Path = System.IO.Path;

namespace HomeLab.Tools.Tests.Ansible;

/// <summary>The recap parser on real output captured from ansible-core 2.14, plain and coloured.</summary>
public class AnsibleRecapTextTests
{
    private static readonly AnsibleHostRecap[] Expected =
    [
        new("gone", 0, 0, 1, 0, 0, 0, 0),
        new("web1", 4, 2, 0, 0, 2, 1, 1),
        new("web2", 3, 2, 0, 1, 2, 0, 1),
    ];

    [TestCase("failed-unreachable-rescued.stdout.txt")]
    [TestCase("forced-colour.stdout.txt")]
    public void Every_column_of_every_host_is_read(string file)
    {
        var recap = AnsibleRecapText.Parse(Fixture(file));

        Assert.Multiple(() =>
        {
            Assert.That(recap.Hosts, Is.EqualTo(Expected));
            Assert.That(recap.FailedHosts, Is.EqualTo(new[] { "web2" }));
            Assert.That(recap.UnreachableHosts, Is.EqualTo(new[] { "gone" }));
            Assert.That(recap.HasFailures, Is.True);
            Assert.That(recap["web1"]!.Outcome, Is.EqualTo(AnsibleHostOutcome.Changed));
            Assert.That(recap["nope"], Is.Null);
            Assert.That(recap.Summary(), Is.EqualTo("PLAY RECAP: 3 hosts: 0 ok, 1 changed, 1 failed, 1 unreachable"));
        });
    }

    [Test]
    public void Output_without_a_recap_gives_an_empty_one()
    {
        var recap = AnsibleRecapText.Parse(["", "playbook: site.yaml", "  play #1 (all): all\tTAGS: []", "web1 : ok=1"]);

        Assert.That(recap.Hosts, Is.Empty);
        Assert.That(recap.HasFailures, Is.False);
        Assert.That(recap.Summary(), Is.EqualTo("PLAY RECAP: 0 hosts: 0 ok, 0 changed, 0 failed, 0 unreachable"));
    }

    [Test]
    public void Lines_after_the_rows_and_columns_ansible_may_add_do_not_disturb_it()
    {
        var recap = AnsibleRecapText.Parse(
        [
            "ok: [db.lab.example]",
            "PLAY RECAP *********************************************************************",
            "db.lab.example             : ok=2    changed=0    unreachable=0    failed=0    skipped=0    rescued=0    ignored=0    future=3",
            "10.0.0.5                   : ok=1    changed=1    unreachable=0    failed=0",
            "",
            "Thursday 03 December 2026  12:00:00 +0000 (0:00:01.234)       0:00:05.678 ******",
            "===============================================================================",
        ]);

        Assert.That(recap.Hosts, Is.EqualTo(new[]
        {
            new AnsibleHostRecap("db.lab.example", 2, 0, 0, 0, 0, 0, 0),
            new AnsibleHostRecap("10.0.0.5", 1, 1, 0, 0, 0, 0, 0),
        }));
        Assert.That(recap.Hosts.Select(h => h.Outcome), Is.EqualTo(new[] { AnsibleHostOutcome.Ok, AnsibleHostOutcome.Changed }));
    }

    [Test]
    public void Ansibles_error_is_one_line_with_the_place_it_points_at()
    {
        string[] lines =
        [
            "ERROR! We were unable to read either as JSON nor YAML, these are the errors we got from each:",
            "JSON: Expecting value: line 1 column 1 (char 0)",
            "Syntax Error while loading YAML.",
            "  did not find expected key",
            "The error appears to be in '/lab/ansible/l3/converge.yaml': line 3, column 17, but may",
            "be elsewhere in the file depending on the exact syntax problem.",
        ];

        Assert.Multiple(() =>
        {
            Assert.That(AnsibleOutputText.FailureDetail(lines), Is.EqualTo(
                "ERROR! We were unable to read either as JSON nor YAML, these are the errors we got from each " +
                "(in /lab/ansible/l3/converge.yaml, line 3, column 17)"));
            Assert.That(AnsibleOutputText.FailureDetail(["usage: ansible-playbook [-h] …", "ansible-playbook: error: The number of processes (--forks) must be >= 1"]),
                Is.EqualTo("ansible-playbook: error: The number of processes (--forks) must be >= 1"));
            Assert.That(AnsibleOutputText.FailureDetail(["\u001b[0;31mERROR! the playbook: nope.yaml could not be found\u001b[0m"]),
                Is.EqualTo("ERROR! the playbook: nope.yaml could not be found"));
            Assert.That(AnsibleOutputText.FailureDetail(["something", "the last words.", ""]), Is.EqualTo("the last words"));
            Assert.That(AnsibleOutputText.FailureDetail([]), Is.Null);
        });
    }

    private static string[] Fixture(string name) =>
        File.ReadAllLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "ansible", name));
}
