using Cake.Core;

namespace Cake.Frosting;

/// <summary>
/// A task whose criteria depend on the environment or the command line says, with the values of this run, what
/// decides whether it runs, e.g. <c>UPDATE_STABLE=yes</c>. The graph export (<c>--graph</c>, <c>--tree</c>) shows
/// it beside the task's name, and the run report beside a skipped task's reason.
/// </summary>
public interface ICriteriaDescription
{
    string DescribeCriteria(ICakeContext context);
}
