using System.Text.Json;

namespace PyImages.Reporting;

/// <summary>report.json: everything, sizes in bytes, enums as strings, camelCase. Reads back what it writes.</summary>
public static class ReportJson
{
    public static string Serialize(Report report) => JsonSerializer.Serialize(report, JsonFile.Options);

    /// <exception cref="PyImagesException">The text is not a report.json.</exception>
    public static Report Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Report>(json, JsonFile.Options) ?? throw new JsonException("the document is null");
        }
        catch (JsonException exception)
        {
            throw new PyImagesException($"This is not a PyImages report.json ({exception.Message}).", exception);
        }
    }
}
