using Cake.Core;

namespace Cake.Frosting;

/// <summary>A task the host discovers and registers with the Cake engine.</summary>
public interface IFrostingTask
{
    /// <summary>Shown in the report's "Skip Reason" column when <see cref="ShouldRun"/> returns false.</summary>
    string SkippedMessage => "";

    Task RunAsync(ICakeContext context);

    bool ShouldRun(ICakeContext context);

    void OnError(Exception exception, ICakeContext context);

    void Finally(ICakeContext context);
}
