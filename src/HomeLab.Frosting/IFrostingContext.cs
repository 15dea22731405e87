using Cake.Core;

namespace Cake.Frosting;

/// <summary>Marker for the context that tasks and lifetimes receive; register your own with <c>UseContext&lt;T&gt;()</c>.</summary>
public interface IFrostingContext : ICakeContext
{
}
