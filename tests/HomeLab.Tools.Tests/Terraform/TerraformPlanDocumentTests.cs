using System.Text.Json;
using HomeLab.Tools.Terraform;

namespace HomeLab.Tools.Tests.Terraform;

/// <summary>Reading <c>terraform show -json</c>'s plan, summarising it and taking its sensitive values out.</summary>
public class TerraformPlanDocumentTests
{
    private const string Token = "pm-token-0d9e8f";
    private const string Password = "vm-password-5a4b";

    // A plan in the shape terraform 1.11 writes, cut down to what matters here.
    private const string PlanJson = $$"""
        {
          "format_version": "1.2",
          "terraform_version": "1.11.4",
          "variables": {
            "pm_token_secret": { "value": "{{Token}}" },
            "storage": { "value": "local-lvm" }
          },
          "planned_values": {
            "outputs": {
              "token": { "sensitive": true, "type": "string", "value": "{{Token}}" },
              "ips": { "sensitive": false, "value": ["10.0.0.1"] }
            },
            "root_module": {
              "child_modules": [
                {
                  "address": "module.vms",
                  "resources": [
                    {
                      "address": "module.vms.proxmox_virtual_environment_vm.vm[\"alpha\"]",
                      "values": { "name": "alpha", "initialization": [ { "user_account": [ { "password": "{{Password}}", "username": "lab" } ] } ] },
                      "sensitive_values": { "initialization": [ { "user_account": [ { "password": true } ] } ] }
                    }
                  ]
                }
              ]
            }
          },
          "resource_changes": [
            { "address": "terraform_data.keep", "mode": "managed", "type": "terraform_data", "name": "keep", "change": { "actions": ["no-op"] } },
            { "address": "data.local_file.spec", "mode": "data", "type": "local_file", "name": "spec", "change": { "actions": ["read"] } },
            { "address": "terraform_data.new", "mode": "managed", "type": "terraform_data", "name": "new",
              "change": { "actions": ["create"], "before": null, "after": { "input": "{{Token}}", "tags": ["a", "{{Password}}"] },
                          "before_sensitive": false, "after_sensitive": { "input": true, "tags": [false, true] } } },
            { "address": "terraform_data.cpu", "mode": "managed", "type": "terraform_data", "name": "cpu", "change": { "actions": ["update"] } },
            { "address": "terraform_data.disk", "mode": "managed", "type": "terraform_data", "name": "disk", "change": { "actions": ["delete", "create"] } },
            { "address": "terraform_data.nic", "mode": "managed", "type": "terraform_data", "name": "nic", "change": { "actions": ["create", "delete"] } },
            { "address": "terraform_data.old", "mode": "managed", "type": "terraform_data", "name": "old",
              "change": { "actions": ["delete"], "before": { "input": "{{Token}}" }, "after": null, "before_sensitive": { "input": true }, "after_sensitive": false } },
            { "address": "terraform_data.kept", "mode": "managed", "type": "terraform_data", "name": "kept", "change": { "actions": ["forget"] } }
          ],
          "resource_drift": [
            { "address": "terraform_data.old", "change": { "actions": ["update"], "before": { "input": "{{Token}}" }, "after": { "input": "{{Token}}" },
                                                          "before_sensitive": { "input": true }, "after_sensitive": { "input": true } } }
          ],
          "output_changes": {
            "token": { "actions": ["create"], "before": null, "after": "{{Token}}", "before_sensitive": true, "after_sensitive": true },
            "ips": { "actions": ["no-op"], "before": ["10.0.0.1"], "after": ["10.0.0.1"], "before_sensitive": false, "after_sensitive": false }
          },
          "prior_state": {
            "format_version": "1.0",
            "values": { "outputs": { "token": { "sensitive": true, "value": "{{Token}}" } }, "root_module": {} }
          },
          "configuration": {
            "root_module": {
              "variables": {
                "pm_token_secret": { "default": "{{Token}}", "sensitive": true },
                "storage": { "default": "local-lvm" }
              }
            }
          }
        }
        """;

    [Test]
    public void The_changes_are_read_with_their_actions()
    {
        var plan = TerraformPlanDocument.Parse(PlanJson);

        Assert.That(plan.FormatVersion, Is.EqualTo("1.2"));
        Assert.That(plan.TerraformVersion, Is.EqualTo("1.11.4"));
        Assert.That(plan.ResourceChanges.Select(c => c.Action), Is.EqualTo(new[]
        {
            TerraformChangeAction.NoOp, TerraformChangeAction.Read, TerraformChangeAction.Create, TerraformChangeAction.Update,
            TerraformChangeAction.Replace, TerraformChangeAction.Replace, TerraformChangeAction.Delete, TerraformChangeAction.Forget,
        }));
        var data = plan.ResourceChanges[1];
        Assert.That((data.Address, data.Mode, data.Type, data.Name), Is.EqualTo(("data.local_file.spec", "data", "local_file", "spec")));
        Assert.That(plan.ResourceChanges[4].Actions, Is.EqualTo(new[] { "delete", "create" }));
        Assert.That(plan.OutputChanges.Select(o => (o.Name, o.Action)), Is.EqualTo(new[]
        {
            ("token", TerraformChangeAction.Create), ("ips", TerraformChangeAction.NoOp),
        }));
    }

    [Test]
    public void The_summary_counts_a_replacement_once_and_ignores_no_op_read_and_forget()
    {
        var summary = TerraformPlanDocument.Parse(PlanJson).Summary;

        Assert.That(summary.Add, Is.EqualTo(new[] { "terraform_data.new" }));
        Assert.That(summary.Change, Is.EqualTo(new[] { "terraform_data.cpu" }));
        Assert.That(summary.Replace, Is.EqualTo(new[] { "terraform_data.disk", "terraform_data.nic" }));
        Assert.That(summary.Destroy, Is.EqualTo(new[] { "terraform_data.old" }));
        Assert.That(summary.ToString(), Is.EqualTo("1 to add, 1 to change, 2 to replace, 1 to destroy"));
    }

    [Test]
    public void A_plan_of_no_ops_and_reads_has_no_changes()
    {
        var summary = TerraformPlanSummary.From(
        [
            new TerraformResourceChange("a.b", "managed", "a", "b", ["no-op"]),
            new TerraformResourceChange("data.a.b", "data", "a", "b", ["read"]),
        ]);

        Assert.That(summary.NoChanges, Is.True);
        Assert.That(summary.ToString(), Is.EqualTo("no changes"));
    }

    [Test]
    public void The_sanitised_json_has_every_marked_value_masked_and_the_rest_kept()
    {
        var json = TerraformPlanDocument.Parse(PlanJson).ToSanitizedJson();

        Assert.That(json, Does.Not.Contain(Token).And.Not.Contain(Password));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        const string Mask = TerraformPlanDocument.SensitiveValueMask;
        Assert.That(root.GetProperty("variables").GetProperty("pm_token_secret").TryGetProperty("value", out _), Is.False);
        Assert.That(root.GetProperty("variables").GetProperty("storage").GetProperty("value").GetString(), Is.EqualTo("local-lvm"));
        Assert.That(root.GetProperty("configuration").GetProperty("root_module").GetProperty("variables")
            .GetProperty("pm_token_secret").TryGetProperty("default", out _), Is.False);
        var created = root.GetProperty("resource_changes")[2].GetProperty("change").GetProperty("after");
        Assert.That(created.GetProperty("input").GetString(), Is.EqualTo(Mask));
        Assert.That(created.GetProperty("tags").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "a", Mask }));
        Assert.That(root.GetProperty("resource_changes")[6].GetProperty("change").GetProperty("before").GetProperty("input").GetString(), Is.EqualTo(Mask));
        Assert.That(root.GetProperty("output_changes").GetProperty("token").GetProperty("after").GetString(), Is.EqualTo(Mask));
        Assert.That(root.GetProperty("output_changes").GetProperty("ips").GetProperty("after")[0].GetString(), Is.EqualTo("10.0.0.1"));
        Assert.That(root.GetProperty("planned_values").GetProperty("outputs").GetProperty("token").GetProperty("value").GetString(), Is.EqualTo(Mask));
        var vm = root.GetProperty("planned_values").GetProperty("root_module").GetProperty("child_modules")[0].GetProperty("resources")[0].GetProperty("values");
        Assert.That(vm.GetProperty("name").GetString(), Is.EqualTo("alpha"));
        Assert.That(vm.GetProperty("initialization")[0].GetProperty("user_account")[0].GetProperty("password").GetString(), Is.EqualTo(Mask));
        Assert.That(vm.GetProperty("initialization")[0].GetProperty("user_account")[0].GetProperty("username").GetString(), Is.EqualTo("lab"));
        Assert.That(root.GetProperty("prior_state").GetProperty("values").GetProperty("outputs").GetProperty("token").GetProperty("value").GetString(), Is.EqualTo(Mask));
    }

    [Test]
    public void A_known_secret_terraform_did_not_mark_is_masked_by_the_redactor()
    {
        const string Unmarked = "plain+secret&value\"quoted";
        var json = PlanJson.Replace("\"local-lvm\" }\n  },\n  \"planned_values\"", $"\"{Unmarked.Replace("\"", "\\\"")}\" }}\n  }},\n  \"planned_values\"");
        Assert.That(json, Does.Contain("plain+secret"), "the test plan holds the unmarked secret");

        var sanitised = TerraformPlanDocument.Parse(json, text => text.Replace(Unmarked, "[REDACTED]")).ToSanitizedJson();

        Assert.That(sanitised, Does.Not.Contain("plain+secret"));
        Assert.That(sanitised, Does.Contain("[REDACTED]"));
    }

    [TestCase("")]
    [TestCase("not json")]
    [TestCase("[]")]
    [TestCase("{\"terraform_version\":\"1.11.4\"}")]
    public void Text_that_is_not_a_plan_is_a_json_exception(string text)
    {
        Assert.Throws(Is.InstanceOf<JsonException>(), () => TerraformPlanDocument.Parse(text));
    }
}
