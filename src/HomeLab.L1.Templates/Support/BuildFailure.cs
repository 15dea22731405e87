namespace HomeLab.L1.Templates;

/// <summary>A build step failed; the message is one line saying which step and why. <see cref="TemplateBuildRun"/> adds the OS.</summary>
internal sealed class BuildFailure(string message, Exception? innerException = null) : Exception(OneLine.Of(message), innerException);
