using Cake.Core;
using Cake.Frosting;

namespace HomeLab.Frosting.Tests.Sample;

[TaskName("Explode")]
public sealed class ExplodeTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => throw new InvalidOperationException("The widget exploded.");
}

[TaskName("AfterExplode")]
[IsDependentOn(typeof(ExplodeTask))]
public sealed class AfterExplodeTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => context.Journal.Add("AfterExplode");
}

[TaskName("ExitSeven")]
public sealed class ExitSevenTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => throw new CakeException(7, "The tool said no.");
}

[TaskName("Recovering")]
public sealed class RecoveringTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => throw new InvalidOperationException("Recoverable trouble.");

    public override void OnError(Exception exception, SampleContext context) => context.Journal.Add($"OnError: {exception.Message}");

    public override void Finally(SampleContext context) => context.Journal.Add("Finally: Recovering");
}

[TaskName("AfterRecovering")]
[IsDependentOn(typeof(RecoveringTask))]
public sealed class AfterRecoveringTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => context.Journal.Add("AfterRecovering");
}

[TaskName("FailingWithFinally")]
public sealed class FailingWithFinallyTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => throw new InvalidOperationException("Broke with cleanup pending.");

    public override void Finally(SampleContext context) => context.Journal.Add("Finally: FailingWithFinally");
}

[TaskName("Flaky")]
[ContinueOnError]
public sealed class FlakyTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => throw new InvalidOperationException("Flaky failed.");
}

[TaskName("AfterFlaky")]
[IsDependentOn(typeof(FlakyTask))]
public sealed class AfterFlakyTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => context.Journal.Add("AfterFlaky");
}

[TaskName("Tidy")]
public sealed class TidyTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => context.Journal.Add("Tidy");

    public override void Finally(SampleContext context) => context.Journal.Add("Finally: Tidy");
}
