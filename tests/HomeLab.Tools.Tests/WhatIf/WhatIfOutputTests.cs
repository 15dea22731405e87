using System.Text.Json.Nodes;
using HomeLab.Testing;
using HomeLab.Tools.WhatIf;

namespace HomeLab.Tools.Tests.WhatIf;

/// <summary>The dry run's console text and artifacts/whatif.json, from the same plans.</summary>
public class WhatIfOutputTests
{
    private static readonly PlannedCommand Init = new(
        "/usr/local/bin/terraform",
        "-chdir=\"/lab/terraform/l2/ubuntu_docker\" init -input=false",
        "/lab",
        [new ToolVariable("TF_IN_AUTOMATION", "1", Secret: false), new ToolVariable("TF_VAR_pm_token_secret", "[REDACTED]", Secret: true)]);

    private static readonly IReadOnlyList<TaskPlan> Plans =
    [
        new TaskPlan("Secrets", [], "DOPPLER=0: using the shell's environment"),
        new TaskPlan("BuildTemplates",
        [
            PlanStep.Note("ubuntu (cloud-image): build"),
            PlanStep.Call("convert VM <next free> to a template", "POST", "/nodes/pve/qemu/<next free>/template"),
        ]),
        new TaskPlan("Templates", []),
        new TaskPlan("PlanInstances", [PlanStep.Run("ubuntu/docker: terraform init", Init)]),
    ];

    [Test]
    public void The_text_numbers_the_tasks_that_would_run_as_Cake_does_and_gives_each_step_its_detail()
    {
        var lines = WhatIfText.Lines(Plans).ToList();

        Assert.That(lines, Is.EqualTo(new[]
        {
            WhatIfText.Heading,
            "-  Secrets: skipped (DOPPLER=0: using the shell's environment)",
            "1. BuildTemplates",
            "   - ubuntu (cloud-image): build",
            "   - convert VM <next free> to a template",
            "       POST /nodes/pve/qemu/<next free>/template",
            "2. Templates: nothing of its own to do",
            "3. PlanInstances",
            "   - ubuntu/docker: terraform init",
            "       /usr/local/bin/terraform -chdir=\"/lab/terraform/l2/ubuntu_docker\" init -input=false",
            "       in /lab",
            "       environment: TF_IN_AUTOMATION=1, TF_VAR_pm_token_secret=[REDACTED]",
        }));
    }

    [Test]
    public void The_json_holds_the_same_plan_with_commands_and_api_calls_as_objects()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("artifacts", WhatIfJson.FileName);

        WhatIfJson.Write(path, ["Instances"], Plans, new DateTimeOffset(2026, 12, 2, 14, 0, 0, TimeSpan.Zero));

        var json = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.That(json["dry_run"]!.GetValue<bool>(), Is.True);
        Assert.That(json["created_at"]!.GetValue<string>(), Is.EqualTo("2026-12-02T14:00:00Z"));
        Assert.That(json["targets"]!.AsArray().Select(target => target!.GetValue<string>()), Is.EqualTo(new[] { "Instances" }));
        var tasks = json["tasks"]!.AsArray();
        Assert.That(tasks.Select(task => $"{task!["task"]} {task["would_run"]} {task["skip_reason"]}"), Is.EqualTo(new[]
        {
            "Secrets false DOPPLER=0: using the shell's environment",
            "BuildTemplates true ",
            "Templates true ",
            "PlanInstances true ",
        }));
        var call = tasks[1]!["steps"]![1]!["api_call"]!;
        Assert.That($"{call["method"]} {call["path"]} {call["writes"]}", Is.EqualTo("POST /nodes/pve/qemu/<next free>/template true"));
        Assert.That(tasks[1]!["steps"]![0]!.AsObject().Select(pair => pair.Key), Is.EqualTo(new[] { "description" }), "a note has no command and no call");
        var command = tasks[3]!["steps"]![0]!["command"]!;
        Assert.That(command["program"]!.GetValue<string>(), Is.EqualTo("/usr/local/bin/terraform"));
        Assert.That(command["arguments"]!.GetValue<string>(), Is.EqualTo("-chdir=\"/lab/terraform/l2/ubuntu_docker\" init -input=false"));
        Assert.That(command["working_directory"]!.GetValue<string>(), Is.EqualTo("/lab"));
        Assert.That(command["environment"]!.AsArray().Select(variable => $"{variable!["name"]}={variable["value"]} {variable["secret"]}"),
            Is.EqualTo(new[] { "TF_IN_AUTOMATION=1 false", "TF_VAR_pm_token_secret=[REDACTED] true" }));
    }

    [Test]
    public void A_get_is_a_read_and_anything_else_a_write()
    {
        Assert.That(new PlannedApiCall("GET", "/cluster/nextid").Writes, Is.False);
        Assert.That(new PlannedApiCall("PUT", "/nodes/pve/qemu/100/resize").Writes, Is.True);
        Assert.That(new PlannedApiCall("delete", "/nodes/pve/qemu/100").Writes, Is.True);
    }
}
