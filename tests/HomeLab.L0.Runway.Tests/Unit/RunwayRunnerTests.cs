using HomeLab.L0.Runway.Checks;
using HomeLab.L0.Runway.Results;
using HomeLab.Configuration;
using HomeLab.L0.Runway.Tests.Support;
using HomeLab.L0.Runway.Tools;
using HomeLab.Proxmox;
using Moq;

namespace HomeLab.L0.Runway.Tests.Unit;

public sealed class RunwayRunnerTests
{
    private static readonly string[] ApiCheckNames =
        [CheckNames.Api, CheckNames.Node, CheckNames.Bridge, CheckNames.StorageConsistency, CheckNames.StorageSpace, CheckNames.Privileges];

    private FakeApi _api = null!;

    [SetUp]
    public void CreateApi() => _api = new FakeApi();

    [Test]
    public async Task A_healthy_lab_passes_every_check_in_order()
    {
        var result = await Run(Env.Complete());

        Assert.Multiple(() =>
        {
            Assert.That(result.Failures, Is.Empty);
            Assert.That(result.Status, Is.EqualTo(RunwayStatus.Ok));
            Assert.That(result.Checks.Select(c => c.Name), Is.EqualTo(new[]
            {
                "Environment", "Proxmox API", "Node", "Bridge", "Storage consistency", "Storage space", "Privileges",
                "Tool packer", "Tool terraform", "Tool ansible-playbook", "Tool ssh",
            }));
            Assert.That(result.Checks.Select(c => c.Status), Is.All.EqualTo(CheckStatus.Ok));
            Assert.That(result.PveVersion, Is.EqualTo("9.2.11"));
            Assert.That(result.ProxmoxHost, Is.EqualTo("pve.lan:8006"));
            Assert.That(result.ApiUrl, Is.EqualTo("https://pve.lan:8006/api2/json"));
            Assert.That(result.Node, Is.EqualTo("pve"));
            Assert.That(result.Bridge, Is.EqualTo("vmbr0"));
            Assert.That(result.Storage.Iso, Is.EqualTo(new StorageFigures("local", 100 * FakeApi.GiB, 12 * FakeApi.GiB, 88 * FakeApi.GiB)));
            Assert.That(result.Storage.Vm!.FreePct, Is.EqualTo(92));
            Assert.That(result.Tools.Select(t => (t.Name, t.Found, t.Version)), Is.All.Matches<(string, bool Found, string? Version)>(t => t.Found && t.Version == "1.2.3"));
            Assert.That(result.GeneratedAt, Is.EqualTo(FixedClock.At2026.GetUtcNow()));
        });
    }

    [Test]
    public async Task Missing_variables_skip_the_api_checks_that_need_them_but_tools_are_still_checked()
    {
        var tools = FakeTools.Probe("terraform");

        var result = await Run(Env.Complete().Unset(LabVariables.Node).Unset(LabVariables.StorageVm), tools);

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "Missing required environment variables: PVE_NODE, PVE_STORAGE_VM. Set them in Doppler or your shell.",
            "terraform not found on PATH (needed by L2 Instances).",
        }));
        Assert.That(Check(result, CheckNames.Api).Status, Is.EqualTo(CheckStatus.Ok));
        Assert.That(Check(result, CheckNames.Node).Detail, Is.EqualTo("skipped: PVE_NODE is not set"));
        Assert.That(Check(result, CheckNames.Bridge).Detail, Is.EqualTo("skipped: PVE_NODE is not set"));
        Assert.That(Check(result, CheckNames.StorageSpace).Detail, Is.EqualTo("skipped: PVE_NODE, PVE_STORAGE_VM are not set"));
        Assert.That(Check(result, CheckNames.Privileges).Status, Is.EqualTo(CheckStatus.Skipped));
        tools.Verify(t => t.ProbeAsync(It.IsAny<ToolRequirement>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()), Times.Exactly(4));
        _api.Client.Verify(c => c.GetNodesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Without_connection_settings_no_client_is_built_and_every_api_check_is_skipped()
    {
        var built = false;
        var runner = new RunwayRunner(LabSettingsReader.Read(new Env().Lookup), FakeTools.Probe().Object, clientFactory: _ => { built = true; return _api.Client.Object; });

        var result = await runner.RunAsync();

        Assert.That(built, Is.False);
        Assert.That(result.Checks.Where(c => ApiCheckNames.Contains(c.Name)).Select(c => c.Status), Is.All.EqualTo(CheckStatus.Skipped));
        Assert.That(Check(result, CheckNames.Api).Detail, Is.EqualTo("skipped: PVE_ACCESS_HOST, PM_TOKEN_ID, PM_TOKEN_SECRET are not set"));
        Assert.That(result.Failures, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task An_unreachable_api_is_one_reason_and_the_other_api_checks_are_skipped()
    {
        _api.FailVersionWith(new ProxmoxConnectionException("Could not connect to https://pve.lan/api2/json: connection refused. No port was given: pveproxy listens on 8006; try PVE_ACCESS_HOST=pve.lan:8006."));

        var result = await Run(Env.Complete());

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "Could not connect to https://pve.lan/api2/json: connection refused. No port was given: pveproxy listens on 8006; try PVE_ACCESS_HOST=pve.lan:8006.",
        }));
        Assert.That(result.Status, Is.EqualTo(RunwayStatus.Fail));
        foreach (var name in ApiCheckNames.Skip(1))
        {
            Assert.That(Check(result, name).Detail, Is.EqualTo("skipped: API not reachable"), name);
        }
    }

    [Test]
    public async Task A_rejected_token_skips_the_other_api_checks_as_rejected()
    {
        _api.FailVersionWith(new ProxmoxAuthenticationException("The API token was rejected (401): check PM_TOKEN_ID and PM_TOKEN_SECRET."));

        var result = await Run(Env.Complete());

        Assert.That(result.Failures, Is.EqualTo(new[] { "The API token was rejected (401): check PM_TOKEN_ID and PM_TOKEN_SECRET." }));
        Assert.That(Check(result, CheckNames.Node).Detail, Is.EqualTo("skipped: API token rejected"));
    }

    [Test]
    public async Task Proxmox_older_than_8_fails_but_the_other_checks_still_run()
    {
        _api.Version = new PveVersion("7.4-20", "7.4", "abcdef12");

        var result = await Run(Env.Complete());

        Assert.That(result.Failures, Is.EqualTo(new[] { "Proxmox VE 7.4 is older than 8.0, which later layers need." }));
        Assert.That(Check(result, CheckNames.Node).Status, Is.EqualTo(CheckStatus.Ok));
        Assert.That(result.PveVersion, Is.EqualTo("7.4-20"));
    }

    [Test]
    public async Task Every_node_scoped_answer_is_asked_for_at_once()
    {
        var asked = new List<string>();
        var nodes = new HeldAnswer<IReadOnlyList<PveNode>>("nodes", _api.Nodes, asked);
        _api.Client.Setup(c => c.GetNodesAsync(It.IsAny<CancellationToken>())).Returns(nodes.Hold);
        _api.Client.Setup(c => c.GetNetworkAsync("pve", It.IsAny<CancellationToken>())).Returns(() =>
        {
            // The network is asked for while the node list is still outstanding: one round trip, not two.
            nodes.Release("network");
            return Task.FromResult<IReadOnlyList<PveNetworkInterface>>(_api.Network);
        });

        var result = await Run(Env.Complete());

        Assert.That(result.IsOk, Is.True, string.Join("; ", result.Failures));
        Assert.That(asked, Is.EqualTo(new[] { "nodes", "network with nodes" }));
    }

    [Test]
    public async Task The_other_answers_are_asked_for_while_the_version_is_still_outstanding()
    {
        var asked = new List<string>();
        var version = new HeldAnswer<PveVersion>("version", _api.Version, asked);
        _api.Client.Setup(c => c.GetVersionAsync(It.IsAny<CancellationToken>())).Returns(version.Hold);
        _api.Client.Setup(c => c.GetPermissionsAsync(It.IsAny<CancellationToken>())).Returns(() =>
        {
            version.Release("permissions");
            return Task.FromResult(new PvePermissions(_api.Permissions.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, bool>)p.Value)));
        });

        var result = await Run(Env.Complete());

        Assert.That(result.IsOk, Is.True, string.Join("; ", result.Failures));
        Assert.That(asked, Is.EqualTo(new[] { "version", "permissions with version" }));
    }

    [Test]
    public async Task After_a_rejected_token_the_answers_already_asked_for_are_waited_for_but_not_used()
    {
        var storageStatus = new TaskCompletionSource<PveStorageStatus>();
        _api.FailVersionWith(new ProxmoxAuthenticationException("The API token was rejected (401): check PM_TOKEN_ID and PM_TOKEN_SECRET."));
        _api.Client.Setup(c => c.GetStorageStatusAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(storageStatus.Task);

        var run = Run(Env.Complete());
        await Task.Delay(200);
        Assert.That(run.IsCompleted, Is.False, "the run waits for the reads it started");
        storageStatus.SetException(new ProxmoxAuthenticationException("rejected as well"));
        var result = await run;

        Assert.That(result.Failures, Is.EqualTo(new[] { "The API token was rejected (401): check PM_TOKEN_ID and PM_TOKEN_SECRET." }));
        Assert.That(result.Storage.Iso, Is.Null);
        Assert.That(Check(result, CheckNames.StorageSpace).Detail, Is.EqualTo("skipped: API token rejected"));
    }

    [Test]
    public async Task An_unknown_node_lists_the_nodes_and_skips_the_node_scoped_checks()
    {
        _api.Nodes.Add(new PveNode("pve3", "online", null, null, null));

        var result = await Run(Env.Complete().Set(LabVariables.Node, "pve2"));

        Assert.That(result.Failures, Is.EqualTo(new[] { "Node 'pve2' not found; the cluster has: pve, pve3." }));
        Assert.That(Check(result, CheckNames.Bridge).Detail, Is.EqualTo("skipped: node 'pve2' is not usable (see Node)"));
        Assert.That(Check(result, CheckNames.StorageConsistency).Status, Is.EqualTo(CheckStatus.Skipped));
        Assert.That(Check(result, CheckNames.Privileges).Status, Is.EqualTo(CheckStatus.Ok));
        Assert.That(Check(result, CheckNames.StorageSpace).Status, Is.EqualTo(CheckStatus.Skipped));
    }

    [Test]
    public async Task An_offline_node_is_a_reason()
    {
        _api.Nodes[0] = new PveNode("pve", "offline", null, null, null);

        var result = await Run(Env.Complete());

        Assert.That(result.Failures, Is.EqualTo(new[] { "Node 'pve' is offline, not online; start it or set PVE_NODE to an online node." }));
    }

    [Test]
    public async Task Shared_answers_are_asked_for_once()
    {
        await Run(Env.Complete());

        _api.Client.Verify(c => c.GetPermissionsAsync(It.IsAny<CancellationToken>()), Times.Once);
        _api.Client.Verify(c => c.GetStoragesAsync("pve", It.IsAny<CancellationToken>()), Times.Once);
        _api.Client.Verify(c => c.GetStorageStatusAsync("pve", "local", It.IsAny<CancellationToken>()), Times.Once);
        _api.Client.Verify(c => c.GetStorageStatusAsync("pve", "local-lvm", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task An_unexpected_exception_in_a_check_becomes_a_reason()
    {
        _api.Client.Setup(c => c.GetNodesAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("the node list was empty-handed."));

        var result = await Run(Env.Complete());

        Assert.That(result.Failures, Is.EqualTo(new[] { "Node check failed unexpectedly: the node list was empty-handed." }));
    }

    [Test]
    public async Task A_client_factory_that_throws_is_a_reason_not_an_exception()
    {
        var runner = new RunwayRunner(LabSettingsReader.Read(Env.Complete().Lookup), FakeTools.Probe().Object,
            clientFactory: _ => throw new ProxmoxConfigurationException("PVE_CA_CERT could not be read."));

        var result = await runner.RunAsync();

        Assert.That(result.Failures, Is.EqualTo(new[] { "PVE_CA_CERT could not be read." }));
        Assert.That(Check(result, CheckNames.Node).Detail, Is.EqualTo("skipped: API not reachable"));
    }

    [Test]
    public async Task The_token_secret_is_redacted_from_every_reason()
    {
        _api.Client.Setup(c => c.GetNodesAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ProxmoxException($"the server echoed {Env.Secret} back"));

        var result = await Run(Env.Complete());

        Assert.That(result.Failures, Is.EqualTo(new[] { "Could not list the cluster's nodes: the server echoed [REDACTED] back." }));
        Assert.That(Check(result, CheckNames.Node).Detail, Does.Not.Contain(Env.Secret));
    }

    [Test]
    public async Task Skip_tools_leaves_the_tool_checks_out_with_a_note()
    {
        var runner = new RunwayRunner(LabSettingsReader.Read(Env.Complete().Lookup), toolProbe: null, new RunwayOptions { SkipTools = true }, _ => _api.Client.Object);

        var result = await runner.RunAsync();

        Assert.That(result.Status, Is.EqualTo(RunwayStatus.Ok));
        Assert.That(result.Notes, Is.EqualTo(new[] { "tool checks skipped (--skip-tools)" }));
        Assert.That((result.Checks.Last().Name, result.Checks.Last().Status, result.Checks.Last().Detail),
            Is.EqualTo(("Tools", CheckStatus.Skipped, "tool checks skipped (--skip-tools)")));
        Assert.That(result.Tools, Is.Empty);
    }

    [Test]
    public async Task A_missing_tool_is_only_a_warning_in_a_simulation()
    {
        var result = await Run(Env.Complete(), FakeTools.Probe("packer", "ssh"), new RunwayOptions { Simulation = true });

        Assert.That(result.Status, Is.EqualTo(RunwayStatus.Ok));
        Assert.That(result.Notes, Is.EqualTo(new[]
        {
            "packer not found on PATH (needed by L1 Templates). Only a warning: the simulation does not run it.",
            "ssh not found on PATH (needed by L3 OS and L4 Workloads). Only a warning: the simulation does not run it.",
        }));
        Assert.That(Check(result, "Tool packer").Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Tools.Single(t => t.Name == "packer").Found, Is.False);
    }

    [Test]
    public async Task Doppler_is_checked_only_while_doppler_is_on()
    {
        var result = await Run(Env.Complete(), FakeTools.Probe("doppler"), new RunwayOptions { DopplerEnabled = true });

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "doppler not found on PATH (needed by Doppler secret injection). Install it, or set DOPPLER=0 to use your shell's variables.",
        }));
    }

    [Test]
    public async Task Every_failure_is_listed_when_several_checks_fail()
    {
        _api.Network.RemoveAll(i => i.Iface == "vmbr0");
        _api.Replace(FakeApi.Storage("local", "dir", ["iso"], 100 * FakeApi.GiB, 99 * FakeApi.GiB));
        _api.Permissions["/vms"] = new() { ["VM.Audit"] = true };

        var result = await Run(Env.Complete().Set(LabVariables.MinFreePctVm, "abc"), FakeTools.Probe("terraform"));

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "L0_MIN_FREE_PCT_VM='abc' is not a percentage; set a number from 0 to 100, e.g. L0_MIN_FREE_PCT_VM=10.",
            "Bridge 'vmbr0' not found on node 'pve'; its bridges: none.",
            "ISO storage 'local' has 1.0 GiB free; L0_MIN_FREE_GIB_ISO requires 4 GiB.",
            "Token 'homelab@pve!homelab' lacks VM.Allocate, VM.Clone, VM.Config.CDROM, VM.Config.CPU, VM.Config.Cloudinit, VM.Config.Disk, VM.Config.HWType, VM.Config.Memory, VM.Config.Network, VM.Config.Options, VM.PowerMgmt on /vms (L1 Templates and L2 Instances create, configure, clone, start and stop VMs).",
            "terraform not found on PATH (needed by L2 Instances).",
        }));
    }

    [Test]
    public async Task An_invalid_threshold_fails_the_environment_and_the_space_check_says_so()
    {
        var result = await Run(Env.Complete().Set(LabVariables.MinFreePctVm, "abc"));

        Assert.That(Check(result, CheckNames.StorageSpace).Status, Is.EqualTo(CheckStatus.Ok));
        Assert.That(Check(result, CheckNames.StorageSpace).Detail, Is.EqualTo(
            "ISO storage 'local' has 88.0 GiB free (needs 4 GiB); VM storage 'local-lvm' has 92.0% free (460.0 of 500.0 GiB); no threshold (L0_MIN_FREE_PCT_VM is invalid)"));
        Assert.That(Check(result, CheckNames.Environment).Status, Is.EqualTo(CheckStatus.Fail));
    }

    private async Task<RunwayResult> Run(Env env, Mock<IToolProbe>? tools = null, RunwayOptions? options = null)
    {
        var runner = new RunwayRunner(LabSettingsReader.Read(env.Lookup), (tools ?? FakeTools.Probe()).Object, options, _ => _api.Client.Object, FixedClock.At2026);
        return await runner.RunAsync();
    }

    private static CheckResult Check(RunwayResult result, string name) => result.Checks.Single(c => c.Name == name);
}
