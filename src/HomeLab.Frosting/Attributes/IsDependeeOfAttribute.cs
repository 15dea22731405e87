namespace Cake.Frosting;

/// <summary>This task runs before the given one: the reverse of <see cref="IsDependentOnAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class IsDependeeOfAttribute : Attribute
{
    public IsDependeeOfAttribute(Type task)
    {
        Task = task;
    }

    public Type Task { get; }
}
