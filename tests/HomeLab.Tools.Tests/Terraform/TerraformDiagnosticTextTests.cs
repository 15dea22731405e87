using HomeLab.Tools.Terraform;

namespace HomeLab.Tools.Tests.Terraform;

/// <summary>Reading terraform's diagnostics out of its human output, coloured or not.</summary>
public class TerraformDiagnosticTextTests
{
    private const string Esc = "\u001b";

    [Test]
    public void A_plain_error_gives_its_summary_detail_and_place()
    {
        var diagnostics = TerraformDiagnosticText.Parse(
        [
            "Planning failed. Terraform encountered an error while generating this plan.",
            "",
            "Error: Unsupported argument",
            "",
            "  on main.tf line 2, in resource \"terraform_data\" \"vm\":",
            "   2:   cores = 2",
            "",
            "An argument named \"cores\" is not",
            "expected here.",
        ]);

        Assert.That(diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "Error: Unsupported argument: An argument named \"cores\" is not expected here (on main.tf line 2)",
        }));
    }

    [Test]
    public void A_coloured_boxed_warning_and_error_are_both_read()
    {
        var diagnostics = TerraformDiagnosticText.Parse(
        [
            "There are some problems with the CLI configuration:",
            "╷",
            "│ Warning: Unable to open CLI configuration file",
            "│",
            "│ The CLI configuration file at \"/root/.terraformrc\" does not exist.",
            "╵",
            $"{Esc}[31m╷{Esc}[0m{Esc}[0m",
            $"{Esc}[31m│{Esc}[0m {Esc}[0m{Esc}[1m{Esc}[31mError: {Esc}[0m{Esc}[0m{Esc}[1mResource precondition failed{Esc}[0m",
            $"{Esc}[31m│{Esc}[0m {Esc}[0m",
            $"{Esc}[31m│{Esc}[0m {Esc}[0m{Esc}[0m  on main.tf line 63, in resource \"terraform_data\" \"token\":",
            $"{Esc}[31m│{Esc}[0m {Esc}[0m  63:       condition     = {Esc}[4m!var.reject_token{Esc}[0m",
            $"{Esc}[31m│{Esc}[0m {Esc}[0m    {Esc}[90m├────────────────{Esc}[0m",
            $"{Esc}[31m│{Esc}[0m {Esc}[0m{Esc}[0m    {Esc}[90m│{Esc}[0m {Esc}[1mvar.reject_token{Esc}[0m is true",
            $"{Esc}[31m│{Esc}[0m {Esc}[0m",
            $"{Esc}[31m│{Esc}[0m {Esc}[0mThe token was rejected.",
            $"{Esc}[31m╵{Esc}[0m{Esc}[0m",
            "stray text after the box",
        ]);

        Assert.That(diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "Warning: Unable to open CLI configuration file: The CLI configuration file at \"/root/.terraformrc\" does not exist",
            "Error: Resource precondition failed: The token was rejected (on main.tf line 63)",
        }));
        Assert.That(diagnostics.Select(d => d.IsError), Is.EqualTo(new[] { false, true }));
    }

    [Test]
    public void A_lock_error_keeps_the_first_sentence_and_not_the_lock_listing()
    {
        var diagnostics = TerraformDiagnosticText.Parse(
        [
            "Error: Error acquiring the state lock",
            "",
            "Error message: resource temporarily unavailable",
            "Lock Info:",
            "  ID:        ec0391ed-0337-19f4-b6a5-e18045be0606",
            "  Path:      terraform.tfstate",
            "",
            "Terraform acquires a state lock to protect the state from being written",
        ]);

        Assert.That(diagnostics.Single().ToString(), Is.EqualTo("Error: Error acquiring the state lock: Error message: resource temporarily unavailable"));
    }

    [Test]
    public void The_failure_detail_counts_the_other_errors_and_falls_back_to_the_last_line()
    {
        var two = TerraformDiagnosticText.Parse(["Error: First", "", "one", "Error: Second", "", "two", "Warning: Third"]);

        Assert.That(TerraformErrors.Detail(two, []), Is.EqualTo("Error: First: one (and 1 more error)"));
        Assert.That(TerraformErrors.Detail([], ["", "│ Something odd happened.", "╵", ""]), Is.EqualTo("Something odd happened"));
        Assert.That(TerraformErrors.Detail([], []), Is.Null);
    }
}
