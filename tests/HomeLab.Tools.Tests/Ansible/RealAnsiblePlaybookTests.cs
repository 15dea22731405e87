using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using HomeLab.Tools.Ansible;
using HomeLab.Tools.Ansible.Recap;
using Path = System.IO.Path;

namespace HomeLab.Tools.Tests.Ansible;

/// <summary>
/// Real playbook runs over SSH, few and each checking several things: extra vars through the private file, secrets
/// kept out of arguments and logs, tags, skip-tags, limit, check and diff, colour, the recap, a failed and an
/// unreachable host, exit codes, JUnit XML, listings and ansible's own errors.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class RealAnsiblePlaybookTests : RealAnsibleFixture
{
    [Test]
    public void A_converge_passes_extra_vars_through_a_private_file_and_keeps_every_secret_out_of_arguments_and_logs()
    {
        var junit = Temp.Combine("artifacts", "l3", "junit");
        var sink = new List<string>();
        UnixFileMode? fileMode = null;
        UnixFileMode? folderMode = null;
        var settings = Converge("webs").WithSecretExtraVar("api_token", Secret).WithSecretEnvironmentVariable("LAB_ENV_SECRET", EnvironmentSecret);
        settings.Tags = ["l3"];
        settings.SkipTags = ["step_skipped", "step_errors"];
        settings.Limit = "web1";
        settings.JUnitOutputDirectory = new DirectoryPath(junit);
        settings.OutputLineReceived = line =>
        {
            sink.Add(line);
            var file = Directory.EnumerateFiles(RunTempDirectory, AnsibleExtraVarsFile.FileName, SearchOption.AllDirectories).FirstOrDefault();
            if (file is not null && fileMode is null)
            {
                fileMode = File.GetUnixFileMode(file);
                folderMode = File.GetUnixFileMode(Path.GetDirectoryName(file)!);
            }
        };
        AnsiblePlaybookResult? received = null;
        settings.ResultReceived = result => received = result;

        var result = Context.AnsiblePlaybook(settings);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero);
            Assert.That(result.Succeeded, Is.True);
            Assert.That(received, Is.SameAs(result), "the caller got the result once, before the alias returned");
            Assert.That(result.Recap.Hosts, Is.EqualTo(new[] { new AnsibleHostRecap("web1", 4, 3, 0, 0, 2, 0, 0) }), "limit web1; tags l3 without step_skipped and step_errors");
            Assert.That(result.ListOutput, Is.Empty);

            Assert.That(fileMode, Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite), "the extra-vars file is 0600 while ansible runs");
            Assert.That(folderMode, Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
            Assert.That(Directory.EnumerateFileSystemEntries(RunTempDirectory), Is.Empty, "the run's folder and file are gone");

            Assert.That(OutFiles(), Is.EqualTo(new[] { "web1.conf", "web1.hashes", "web1.marker" }), "no web2 (limit), no skip-tagged or l4-only file");
            Assert.That(File.ReadAllText(Path.Combine(OutDirectory, "web1.hashes")), Is.EqualTo($"{Sha256(Secret)}\n{Sha256(EnvironmentSecret)}\n"),
                "the playbook saw the secret extra var and the secret environment variable");
            Assert.That(File.ReadAllText(Path.Combine(OutDirectory, "web1.conf")), Does.Contain("group=webs\nhost=web1"));

            var command = ExecutedCommands().Single();
            Assert.That(command, Does.Contain($"-i \"{InventoryFile}\" -e \"@{RunTempDirectory}/homelab-ansible-"));
            Assert.That(command, Does.Contain("/extra-vars.json\" --tags \"l3\" --skip-tags \"step_skipped,step_errors\" --limit \"web1\" \""));
            Assert.That(command, Does.EndWith(Path.Combine(LabDirectory, "converge.yaml") + "\""));

            Assert.That(Log.AllText, Does.Not.Contain(Secret).And.Not.Contain(EnvironmentSecret));
            Assert.That(string.Join('\n', sink), Does.Not.Contain(Secret).And.Not.Contain(EnvironmentSecret));
            Assert.That(Log.Messages, Has.Some.Contains("\"msg\": \"token is [REDACTED]\""), "ansible printed the secret and the wrapper masked it");
            Assert.That(Log.Messages, Has.Some.Match(
                "^" + Regex.Escape("Extra vars (-e @") + ".*" + Regex.Escape($": converge_group=webs, out_dir={OutDirectory}, api_token=[REDACTED]") + "$"));
            Assert.That(Log.Messages, Has.Some.Match(@"^web1\s+: ok=4\s+changed=3\s+unreachable=0\s+failed=0\s+skipped=2\s+rescued=0\s+ignored=0"),
                "ansible's own output streamed to the log unchanged");

            var xml = Directory.GetFiles(junit, "*.xml").Single();
            var text = File.ReadAllText(xml);
            Assert.That(text, Does.Not.Contain(Secret), "the JUnit file was scrubbed");
            Assert.That(text, Does.Contain("token is [REDACTED]"));
            var cases = XDocument.Parse(text).Descendants("testcase").ToList();
            Assert.That(cases.Select(c => (string?)c.Attribute("name")), Has.Some.Contains("[web1] Converge: Write a marker"));
            Assert.That(cases.Select(c => (string?)c.Attribute("name")), Has.None.Contains("dest="), "task arguments are hidden");
        });
    }

    [Test]
    public void Check_and_diff_report_a_template_as_changed_write_nothing_and_the_coloured_recap_is_still_read()
    {
        var settings = Converge("webs");
        settings.Tags = ["step_template"];
        settings.Check = true;
        settings.Diff = true;
        settings.NoColor = false;
        settings.OutputIsTerminal = true;

        var result = Context.AnsiblePlaybook(settings);

        Assert.Multiple(() =>
        {
            Assert.That(result.Check, Is.True);
            Assert.That(result.Recap.Hosts, Is.EqualTo(new[]
            {
                new AnsibleHostRecap("web1", 1, 1, 0, 0, 0, 0, 0),
                new AnsibleHostRecap("web2", 1, 1, 0, 0, 0, 0, 0),
            }));
            Assert.That(result.Recap.Count(AnsibleHostOutcome.Changed), Is.EqualTo(2));
            Assert.That(OutFiles(), Is.Empty, "check mode wrote nothing");
            Assert.That(ExecutedCommands().Single(), Does.Contain("--tags \"step_template\" --check --diff \""));
            Assert.That(Log.Messages, Has.Some.Contains("\u001b["), "ANSIBLE_FORCE_COLOR coloured the output");
            Assert.That(Log.Messages, Has.Some.Contains("+group=webs"), "the diff is in the log");
        });
    }

    [Test]
    public void A_failed_and_an_unreachable_host_fail_the_run_in_one_line_after_the_recap_reached_the_caller()
    {
        var junit = Temp.Combine("junit");
        var settings = Converge("all").WithSecretExtraVar("api_token", Secret).WithExtraVar("fail_hosts", new[] { "web2" });
        settings.Tags = ["step_errors", "step_fail"];
        settings.JUnitOutputDirectory = new DirectoryPath(junit);
        AnsiblePlaybookResult? received = null;
        settings.ResultReceived = result => received = result;

        var error = Assert.Throws<CakeException>(() => Context.AnsiblePlaybook(settings))!;

        var playbook = Path.Combine(LabDirectory, "converge.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo(
                $"ansible-playbook {playbook} failed (exit code 4): failed: web2; unreachable: gone. The full output is in the log above."));
            Assert.That(error.ExitCode, Is.EqualTo(AnsiblePlaybookRunner.UnreachableHostsExitCode));
            Assert.That(received, Is.Not.Null);
            Assert.That(received!.ExitCode, Is.EqualTo(4));
            Assert.That(received.Succeeded, Is.False);
            Assert.That(received.Recap.Hosts, Is.EqualTo(new[]
            {
                new AnsibleHostRecap("gone", 0, 0, 1, 0, 0, 0, 0),
                new AnsibleHostRecap("web1", 2, 0, 0, 0, 1, 1, 1),
                new AnsibleHostRecap("web2", 2, 0, 0, 1, 0, 1, 1),
            }));
            Assert.That(received.Recap.FailedHosts, Is.EqualTo(new[] { "web2" }));
            Assert.That(received.Recap.UnreachableHosts, Is.EqualTo(new[] { "gone" }));
            Assert.That(Directory.EnumerateFileSystemEntries(RunTempDirectory), Is.Empty, "the extra-vars file is gone after a failure too");
            Assert.That(Log.Messages, Has.Some.Contains("fail_hosts=[\"web2\"]"), "a list extra var is shown as JSON");
            Assert.That(Log.AllText + error.Message, Does.Not.Contain(Secret));

            var xml = XDocument.Load(Directory.GetFiles(junit, "*.xml").Single());
            Assert.That(xml.Descendants("failure").Count() + xml.Descendants("error").Count(), Is.GreaterThan(0), "the JUnit file records the failure");
        });

        var json = Temp.Combine("artifacts", "l3", "recap.json");
        AnsibleRecapJsonWriter.Write(json, received!, DateTimeOffset.UnixEpoch);
        var written = JsonNode.Parse(File.ReadAllText(json))!;
        Assert.Multiple(() =>
        {
            Assert.That((int)written["exit_code"]!, Is.EqualTo(4));
            Assert.That((int)written["summary"]!["unreachable"]!, Is.EqualTo(1));
            Assert.That((string?)written["hosts"]![2]!["outcome"], Is.EqualTo("failed"));
        });
    }

    [Test]
    public void A_failed_host_gives_exit_code_2_and_the_caller_may_take_it_with_the_output_in_its_sink_only()
    {
        var sink = new List<string>();
        var settings = Converge("webs").WithExtraVar("fail_hosts", new[] { "web2" });
        settings.Tags = ["step_fail"];
        settings.Limit = "web2";
        settings.Verbosity = 1;
        settings.LogOutput = false;
        settings.OutputLineReceived = sink.Add;
        settings.HandleExitCode = _ => true;

        var result = Context.AnsiblePlaybook(settings);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(AnsiblePlaybookRunner.FailedHostsExitCode));
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.Recap.Hosts, Is.EqualTo(new[] { new AnsibleHostRecap("web2", 0, 0, 0, 1, 0, 0, 0) }));
            Assert.That(ExecutedCommands().Single(), Does.Contain("--limit \"web2\" -v \""));
            Assert.That(sink, Has.Some.Contains("web2 was asked to fail"));
            Assert.That(sink, Has.Some.StartsWith("Extra vars (-e @"));
            Assert.That(Log.Entries.Where(e => e.Verbosity == Verbosity.Normal), Is.Empty, "nothing but Cake's own lines reached the log");
        });
    }

    [Test]
    public void Listing_hosts_and_tasks_runs_nothing_and_hands_the_listing_to_the_caller()
    {
        var settings = Converge("webs");
        settings.Tags = ["l3"];
        settings.SkipTags = ["step_skipped"];
        settings.Limit = "web1";
        settings.ListHosts = true;
        settings.ListTasks = true;

        var result = Context.AnsiblePlaybook(settings);

        var listing = string.Join('\n', result.ListOutput);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero);
            Assert.That(result.Recap.Hosts, Is.Empty);
            Assert.That(listing, Does.Contain("hosts (1):").And.Contain("web1").And.Not.Contain("web2"));
            Assert.That(listing, Does.Contain("Write a marker").And.Contain("Template the app config"));
            Assert.That(listing, Does.Not.Contain("Left out by --tags l3").And.Not.Contain("Left out by --skip-tags"));
            Assert.That(OutFiles(), Is.Empty);
            Assert.That(ExecutedCommands().Single(), Does.Contain("--list-hosts --list-tasks \""));
            Assert.That(Log.Messages, Has.Some.Contains("Write a marker"), "the listing is logged too");
        });
    }

    [Test]
    public void A_broken_playbook_fails_with_ansibles_error_and_where_it_points()
    {
        var settings = Converge("webs", "broken.yaml");

        var error = Assert.Throws<CakeException>(() => Context.AnsiblePlaybook(settings))!;

        var playbook = Path.Combine(LabDirectory, "broken.yaml");
        Assert.That(error.Message, Does.StartWith($"ansible-playbook {playbook} failed (exit code 4): ERROR! "));
        Assert.That(error.Message, Does.Contain($"(in {playbook}, line "));
        Assert.That(error.Message, Does.EndWith(". The full output is in the log above."));
        Assert.That(error.Message, Does.Not.Contain("\n"));
    }
}
