using Cake.Core;
using Cake.Frosting;

namespace HomeLab.Frosting.Tests.Sample;

public sealed class SampleTaskLifetime : FrostingTaskLifetime<SampleContext>
{
    public override void Setup(SampleContext context, ITaskSetupContext info) => context.Journal.Add($"TaskSetup: {info.Task.Name}");

    public override void Teardown(SampleContext context, ITaskTeardownContext info) => context.Journal.Add($"TaskTeardown: {info.Task.Name}");
}
