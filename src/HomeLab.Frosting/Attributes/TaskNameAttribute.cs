namespace Cake.Frosting;

/// <summary>The task's name in the engine. Without it the name is the class name.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TaskNameAttribute : Attribute
{
    public TaskNameAttribute(string name)
    {
        Name = name;
    }

    public string Name { get; }
}
