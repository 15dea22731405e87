namespace Cake.Frosting;

/// <summary>The given task runs before this one.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class IsDependentOnAttribute : Attribute
{
    public IsDependentOnAttribute(Type task)
    {
        Task = task;
    }

    public Type Task { get; }
}
