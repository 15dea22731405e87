using HomeLab.Proxmox.Tests.Support;

namespace HomeLab.Proxmox.Tests.Client;

/// <summary>How each kind of Proxmox refusal surfaces: type, status and a plain message.</summary>
public class ErrorMappingTests : SimulatorTest
{
    [Test]
    public void A_wrong_secret_is_an_authentication_error_that_never_shows_the_secret()
    {
        const string WrongSecret = "00000000-dead-beef-0000-000000000000";
        using var client = TestClients.Create(TestClients.Options(Simulator) with { TokenSecret = WrongSecret });

        var error = Assert.ThrowsAsync<ProxmoxAuthenticationException>(() => client.GetVersionAsync());

        Assert.That(error!.Message, Is.EqualTo("The API token was rejected (401): check PM_TOKEN_ID and PM_TOKEN_SECRET."));
        Assert.That(error.StatusCode, Is.EqualTo(401));
        Assert.That(error.ToString(), Does.Not.Contain(WrongSecret));
        Assert.That(Simulator.Requests.Count("GET", "/version"), Is.EqualTo(1), "401 is not retried");
    }

    [Test]
    public void An_unknown_token_is_an_authentication_error()
    {
        using var client = TestClients.Create(TestClients.Options(Simulator) with { TokenId = "ghost@pve!none" });

        Assert.ThrowsAsync<ProxmoxAuthenticationException>(() => client.GetNodesAsync());
    }

    [Test]
    public void A_missing_privilege_names_the_privilege_and_the_path()
    {
        State.DefaultToken.Revoke("/storage/local", "Datastore.Audit", "Datastore.AllocateSpace");

        var error = Assert.ThrowsAsync<ProxmoxPermissionException>(() => Client.GetStorageStatusAsync("pve", "local"));

        Assert.That(error!.Message, Is.EqualTo("The token lacks Datastore.Audit or Datastore.AllocateSpace on /storage/local."));
        Assert.That(error.Path, Is.EqualTo("/storage/local"));
        Assert.That(error.Privilege, Is.EqualTo("Datastore.Audit|Datastore.AllocateSpace"));
        Assert.That(error.StatusCode, Is.EqualTo(403));
    }

    [Test]
    public void Permission_checks_come_before_existence_checks()
    {
        State.DefaultToken.ClearAcl();

        var error = Assert.ThrowsAsync<ProxmoxPermissionException>(() => Client.GetStorageStatusAsync("pve", "does-not-exist"));

        Assert.That(error!.Path, Is.EqualTo("/storage/does-not-exist"));
    }

    [Test]
    public void A_403_from_an_old_server_is_parsed_from_the_reason_phrase()
    {
        Simulator.Faults.RespondNext("/version", 403, "{\"data\":null}", reasonPhrase: "Permission check failed (/vms/100, VM.Allocate)");

        var error = Assert.ThrowsAsync<ProxmoxPermissionException>(() => Client.GetVersionAsync());

        Assert.That(error!.Message, Is.EqualTo("The token lacks VM.Allocate on /vms/100."));
    }

    [Test]
    public void An_unknown_storage_is_not_found()
    {
        var error = Assert.ThrowsAsync<ProxmoxNotFoundException>(() => Client.GetStorageStatusAsync("pve", "nope"));

        Assert.That(error!.Message, Is.EqualTo("GET /nodes/pve/storage/nope/status failed: No such storage."));
        Assert.That(error.StatusCode, Is.EqualTo(400));
    }

    [Test]
    public void A_500_that_says_does_not_exist_is_not_found()
    {
        Simulator.Faults.FailNext("/nodes/pve/storage", 500, message: "storage 'nas' does not exist");

        var error = Assert.ThrowsAsync<ProxmoxNotFoundException>(() => Client.GetStoragesAsync("pve"));

        Assert.That(error!.Message, Does.Contain("storage 'nas' does not exist"));
        Assert.That(error.StatusCode, Is.EqualTo(500));
    }

    [Test]
    public void An_unknown_node_is_a_plain_error_with_proxmoxs_text()
    {
        var error = Assert.ThrowsAsync<ProxmoxException>(() => Client.GetNetworkAsync("ghost"));

        Assert.That(error, Is.TypeOf<ProxmoxException>());
        Assert.That(error!.Message, Does.StartWith("GET /nodes/ghost/network failed with 500: hostname lookup 'ghost' failed"));
        Assert.That(Simulator.Requests.Count("GET", "/nodes/ghost/network"), Is.EqualTo(1), "500 is not retried");
    }

    [Test]
    public void An_offline_node_cannot_be_reached_through_the_proxy()
    {
        Pve.Status = HomeLab.Proxmox.Simulator.SimNodeStatus.Offline;

        var error = Assert.ThrowsAsync<ProxmoxException>(() => Client.GetStoragesAsync("pve"));

        Assert.That(error!.StatusCode, Is.EqualTo(595));
        Assert.That(error.Message, Does.Contain("No route to host"));
    }

    [Test]
    public void A_server_without_the_message_field_is_explained_by_its_reason_phrase()
    {
        Simulator.Faults.RespondNext("/version", 500, "{\"data\":null}", reasonPhrase: "cluster not ready - no quorum?");

        var error = Assert.ThrowsAsync<ProxmoxException>(() => Client.GetVersionAsync());

        Assert.That(error!.Message, Is.EqualTo("GET /version failed with 500: cluster not ready - no quorum?"));
    }

    [Test]
    public void A_parameter_error_lists_the_parameter()
    {
        Simulator.Faults.RespondNext("/version", 400, "{\"data\":null,\"errors\":{\"vmid\":\"VM 100 already exists\"},\"message\":\"Parameter verification failed.\\n\"}");

        var error = Assert.ThrowsAsync<ProxmoxException>(() => Client.GetVersionAsync());

        Assert.That(error!.Message, Is.EqualTo("GET /version failed with 400: Parameter verification failed (vmid: VM 100 already exists)."));
    }

    [Test]
    public void A_501_carries_the_servers_text()
    {
        Simulator.Faults.FailNext("/version", 501, message: "Method 'GET /version' not implemented");

        var error = Assert.ThrowsAsync<ProxmoxException>(() => Client.GetVersionAsync());

        Assert.That(error!.Message, Is.EqualTo("GET /version failed with 501: Method 'GET /version' not implemented."));
        Assert.That(error.StatusCode, Is.EqualTo(501));
    }

    [Test]
    public async Task The_secret_never_appears_in_any_failure()
    {
        var secret = Simulator.TokenSecret;
        var failures = new List<Exception>();
        async Task Collect(Func<Task> call)
        {
            try
            {
                await call();
            }
            catch (ProxmoxException e)
            {
                failures.Add(e);
            }
        }

        Simulator.Faults.MalformNext("/version");
        await Collect(() => Client.GetVersionAsync());
        Simulator.Faults.FailNext("/nodes", 503, FaultInjectorForever);
        await Collect(() => Client.GetNodesAsync());
        Simulator.Faults.Clear();
        await Collect(() => Client.GetNetworkAsync("ghost"));
        await Collect(() => Client.GetStorageStatusAsync("pve", "nope"));
        Simulator.Faults.DropNext("/access", FaultInjectorForever);
        await Collect(() => Client.GetPermissionsAsync());
        Simulator.Faults.Clear();
        State.DefaultToken.ClearAcl();
        await Collect(() => Client.GetStorageStatusAsync("pve", "local"));
        State.DefaultToken.Secret = "rotated";
        await Collect(() => Client.GetVersionAsync());
        using (var wrongTls = TestClients.Create(Simulator, ProxmoxTlsOptions.Verify))
        {
            await Collect(() => wrongTls.GetVersionAsync());
        }

        Assert.That(failures, Has.Count.EqualTo(8));
        Assert.That(failures.Select(f => f.ToString()), Has.None.Contain(secret));
    }

    private const int FaultInjectorForever = HomeLab.Proxmox.Simulator.Faults.FaultInjector.Forever;
}
