using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CareerPaths.Web.Pages.Common;

/// <summary>
/// Writes the JSON-LD of a page (<see cref="StructuredData"/>: dictionaries, lists, text and
/// numbers) straight to a <see cref="Utf8JsonWriter"/>, byte for byte what JsonSerializer writes
/// for the same objects, with the same escaping (so "&lt;/script&gt;" can never close the tag). The
/// serializer's first call in a process sets up its reflection metadata, about 70 ms measured,
/// which fell on the first page a fresh instance serves; this writer needs none.
/// </summary>
internal static class JsonLd
{
    public static string Serialize(object data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, data);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int or long:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case IDictionary<string, object> map:
                writer.WriteStartObject();
                foreach (var (name, item) in map)
                {
                    writer.WritePropertyName(name);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                // Any other kind of value is written by the serializer itself, as before.
                JsonSerializer.Serialize(writer, value, value.GetType());
                break;
        }
    }
}
