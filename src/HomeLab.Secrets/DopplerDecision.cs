namespace HomeLab.Secrets;

/// <summary>Whether the Secrets step loads from Doppler, and the one-line reason a person can read.</summary>
/// <param name="UseDoppler"><c>true</c> to run <c>doppler secrets download</c>; <c>false</c> to keep the current environment.</param>
/// <param name="Reason">
/// Why, naming the variables that decided it, e.g. <c>DOPPLER=0: using the shell's environment</c> or
/// <c>CI=true without FORCE_DOPPLER=1: using the CI environment</c>. Shown as the skip reason when <see cref="UseDoppler"/> is false.
/// </param>
public sealed record DopplerDecision(bool UseDoppler, string Reason);
