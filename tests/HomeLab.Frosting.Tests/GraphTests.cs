using Cake.Frosting;
using HomeLab.Frosting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HomeLab.Frosting.Tests;

/// <summary><c>--graph</c>, <c>--graph-file</c> and <c>--tree --target</c>: the graph of what a target reaches, with criteria.</summary>
public class GraphTests
{
    [Test]
    public void Mermaid_shows_only_the_tasks_the_target_reaches_in_run_order_with_their_criteria()
    {
        var run = TestHost.Run("--graph=mermaid", "--target=Pack");

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Journal, Is.Empty, "a graph runs nothing");
        var (nodes, edges) = MermaidFlowchart.Parse(run.Output);
        Assert.That(nodes.Keys, Is.EquivalentTo(new[] { "Clean", "Restore", "Lint", "Compile", "Docs", "Pack" }));
        Assert.That(nodes["Docs"], Is.EqualTo("Docs (no --with-docs)"));
        Assert.That(nodes["Compile"], Is.EqualTo("Compile"));
        Assert.That(edges, Is.EquivalentTo(new[]
        {
            ("Clean", "Restore"), ("Restore", "Compile"), ("Lint", "Compile"), ("Compile", "Pack"), ("Docs", "Pack"),
        }));
        var order = nodes.Keys.ToList();
        Assert.That(edges.All(edge => order.IndexOf(edge.From) < order.IndexOf(edge.To)), Is.True, "nodes are listed in run order");
    }

    [Test]
    public void The_criteria_show_what_this_run_says()
    {
        var run = TestHost.Run("--graph=mermaid", "--target=Pack", "--with-docs");

        Assert.That(MermaidFlowchart.Parse(run.Output).Nodes["Docs"], Is.EqualTo("Docs (--with-docs)"));
    }

    [Test]
    public void Dot_has_the_same_nodes_and_edges()
    {
        var run = TestHost.Run("--graph=dot", "--target=Compile");

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        var lines = run.Output.Split('\n').Select(line => line.Trim()).ToList();
        Assert.That(lines[0], Is.EqualTo("digraph tasks {"));
        Assert.That(lines, Does.Contain("\"Clean\" -> \"Restore\";").And.Contain("\"Restore\" -> \"Compile\";").And.Contain("\"Lint\" -> \"Compile\";"));
        Assert.That(lines, Does.Contain("\"Compile\" [label=\"Compile\"];"));
        Assert.That(run.Output, Does.Not.Contain("Pack").And.Not.Contain("Docs"));
        Assert.That(lines.Last(line => line.Length > 0), Is.EqualTo("}"));
    }

    [Test]
    public void Dot_puts_the_criteria_under_the_name()
    {
        var run = TestHost.Run("--graph=dot", "--target=Docs");

        Assert.That(run.Output, Does.Contain("\"Docs\" [label=\"Docs\\n(no --with-docs)\"];"));
    }

    [Test]
    public void Exclusive_graphs_the_target_alone()
    {
        var run = TestHost.Run("--graph=mermaid", "--target=Compile", "--exclusive");

        var (nodes, edges) = MermaidFlowchart.Parse(run.Output);
        Assert.That(nodes.Keys, Is.EqualTo(new[] { "Compile" }));
        Assert.That(edges, Is.Empty);
    }

    [Test]
    public void Graph_file_writes_the_graph_there_instead_of_printing_it()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "graphs", Guid.NewGuid().ToString("N"), "pack.mmd");

        var run = TestHost.Run("--graph=mermaid", "--graph-file=" + path, "--target=Pack");

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Not.Contain("flowchart"));
        Assert.That(run.Output, Does.Contain("pack.mmd"));
        Assert.That(MermaidFlowchart.Parse(File.ReadAllText(path)).Nodes.Keys, Does.Contain("Pack"));
    }

    [Test]
    public void A_graph_file_alone_takes_its_format_from_the_extension()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "graphs", Guid.NewGuid().ToString("N"), "pack.dot");

        var run = TestHost.Run("--graph-file=" + path, "--target=Pack");

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(File.ReadAllText(path), Does.StartWith("digraph tasks {"));
    }

    [Test]
    public void An_unknown_format_is_one_error_line()
    {
        var run = TestHost.Run("--graph=svg", "--target=Pack");

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.ErrorLines, Is.EqualTo(new[] { "Error: --graph='svg' is not a graph format; use --graph=mermaid or --graph=dot." }));
        Assert.That(run.Journal, Is.Empty);
    }

    [Test]
    public void An_unknown_target_is_one_error_line()
    {
        var run = TestHost.Run("--graph=mermaid", "--target=Nope");

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.ErrorLines, Is.EqualTo(new[] { "Error: The target 'Nope' was not found." }));
    }

    [TestCase("--target=Pack")]
    [TestCase("--target=Compile", "--target=Docs")]
    public void The_graph_lists_the_tasks_in_the_order_the_run_takes(params string[] targets)
    {
        var writer = new RecordingReportWriter();
        var run = TestHost.Run(host => host.ConfigureServices(services => services.AddSingleton<IRunReportWriter>(writer)), targets);
        var graph = TestHost.Run(["--graph=mermaid", .. targets]);

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(MermaidFlowchart.Parse(graph.Output).Nodes.Keys, Is.EqualTo(writer.Runs.Single().Tasks.Select(task => task.Name)));
    }

    [Test]
    public void Tree_with_a_target_shows_that_target_only()
    {
        var run = TestHost.Run("--tree", "--target=Compile");

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Journal, Is.Empty);
        var lines = run.Output.Split('\n').Select(line => line.TrimEnd()).Where(line => line.Length > 0).ToList();
        Assert.That(lines, Is.EqualTo(new[] { "Compile", "├─Restore", "│ └─Clean", "└─Lint" }), "dependencies in run order");
    }

    [Test]
    public void Tree_with_a_target_shows_the_criteria()
    {
        var run = TestHost.Run("--tree", "--target=Pack");

        Assert.That(run.Output, Does.Contain("└─Docs (no --with-docs)"));
        Assert.That(run.Output, Does.Not.Contain("Default"));
    }
}
