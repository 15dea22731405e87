using Cake.Core.Diagnostics;

namespace HomeLab.Testing;

/// <summary>One message kept by <see cref="CapturingLog"/>.</summary>
public sealed record LoggedMessage(Verbosity Verbosity, LogLevel Level, string Text);
