namespace HomeLab.L0.Runway.Results;

public enum CheckStatus
{
    Ok,
    Warn,
    Fail,
    Skipped,
}

public enum RunwayStatus
{
    Ok,
    Fail,
}
