using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using HomeLab.L0.Runway.Results;

namespace HomeLab.L0.Runway.Output;

/// <summary>The manifest's JSON shape: snake_case keys, indented, timestamps in UTC ISO-8601 with a Z.</summary>
public static partial class RunwayJson
{
    // Source-generated metadata: the runway runs on every build, and reflection-based serialization costs it a
    // noticeable part of its start-up.
    public static JsonSerializerOptions Options { get; } = new(RunwayJsonContext.Default.Options)
    {
        // The manifest is read by people and tools, never embedded in HTML: keep quotes and apostrophes as they are.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(RunwayResult result) => JsonSerializer.Serialize(result, typeof(RunwayResult), Options);

    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = [typeof(UtcTimestampConverter)])]
    [JsonSerializable(typeof(RunwayResult))]
    private sealed partial class RunwayJsonContext : JsonSerializerContext
    {
    }

    private sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
    {
        private const string Format = "yyyy-MM-dd'T'HH:mm:ss'Z'";

        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture));
    }
}
