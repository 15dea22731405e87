using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;

namespace HomeLab.Frosting.Tests.Sample;

// A small build graph: Default -> Pack -> (Compile -> Restore -> Clean; Docs), and Lint runs before Compile.

[TaskName("Clean")]
[TaskDescription("Removes old output")]
public sealed class CleanTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context)
    {
        context.Journal.Add("Clean");
        context.Log.Information("Cleaning the sample output");
    }
}

[TaskName("Restore")]
[IsDependentOn(typeof(CleanTask))]
public sealed class RestoreTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => context.Journal.Add("Restore");
}

[TaskName("Compile")]
[TaskDescription("Compiles the sample")]
[IsDependentOn(typeof(RestoreTask))]
public sealed class CompileTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => context.Journal.Add("Compile");
}

[TaskName("Lint")]
[IsDependeeOf(typeof(CompileTask))]
public sealed class LintTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => context.Journal.Add("Lint");
}

[TaskName("Docs")]
public sealed class DocsTask : FrostingTask<SampleContext>, ICriteriaDescription
{
    public string DescribeCriteria(ICakeContext context) => context.Arguments.HasArgument("with-docs") ? "--with-docs" : "no --with-docs";

    public override string SkippedMessage => "no docs on this machine";

    public override bool ShouldRun(SampleContext context) => context.Arguments.HasArgument("with-docs");

    public override void Run(SampleContext context) => context.Journal.Add("Docs");
}

[TaskName("Pack")]
[IsDependentOn(typeof(CompileTask))]
[IsDependentOn(typeof(DocsTask))]
public sealed class PackTask : AsyncFrostingTask<SampleContext>
{
    public override async Task RunAsync(SampleContext context)
    {
        await Task.Yield();
        context.Journal.Add("Pack");
    }
}

// No Run: the engine reports it as delegated.
[TaskName("Default")]
[IsDependentOn(typeof(PackTask))]
public sealed class DefaultTask : FrostingTask
{
}

// No [TaskName]: the task is called by its class name.
public sealed class UnnamedTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => context.Journal.Add("UnnamedTask");
}
