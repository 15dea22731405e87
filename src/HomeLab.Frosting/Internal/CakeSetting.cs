namespace Cake.Frosting;

/// <summary>A configuration value given with <c>UseCakeSetting</c>.</summary>
internal sealed record CakeSetting(string Key, string Value);
