using System.Text.Json.Serialization;

namespace HomeLab.L0.Runway.Results;

[JsonConverter(typeof(JsonStringEnumConverter<CheckStatus>))]
public enum CheckStatus
{
    [JsonStringEnumMemberName("OK")] Ok,
    [JsonStringEnumMemberName("WARN")] Warn,
    [JsonStringEnumMemberName("FAIL")] Fail,
    [JsonStringEnumMemberName("SKIPPED")] Skipped,
}

[JsonConverter(typeof(JsonStringEnumConverter<RunwayStatus>))]
public enum RunwayStatus
{
    [JsonStringEnumMemberName("OK")] Ok,
    [JsonStringEnumMemberName("FAIL")] Fail,
}
