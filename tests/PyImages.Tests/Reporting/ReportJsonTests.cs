using System.Text.Json;
using PyImages.Reporting;

namespace PyImages.Tests.Reporting;

public sealed class ReportJsonTests
{
    [Fact]
    public void A_report_round_trips_through_json()
    {
        var json = ReportJson.Serialize(SampleReport.Create());

        var read = ReportJson.Deserialize(json);

        Assert.Equal(json, ReportJson.Serialize(read));
        Assert.Equal(SampleReport.Create().Variants[3].Checks, read.Variants[3].Checks);
        Assert.Equal(SampleReport.Create().Variants[2].Layers!.TopWastedFiles, read.Variants[2].Layers!.TopWastedFiles);
    }

    [Fact]
    public void Json_has_a_version_exact_bytes_and_enums_as_names()
    {
        using var document = JsonDocument.Parse(ReportJson.Serialize(SampleReport.Create()));
        var root = document.RootElement;

        Assert.Equal(Report.CurrentVersion, root.GetProperty("version").GetInt32());
        Assert.Equal(245_000_000, root.GetProperty("variants")[3].GetProperty("sizeBytes").GetInt64());
        Assert.Equal(232_937_182, root.GetProperty("baseImage").GetProperty("sizeBytes").GetInt64());
        Assert.Equal("FailedAsExpected", root.GetProperty("variants")[0].GetProperty("outcome").GetProperty("kind").GetString());
        Assert.Equal("DockerContentBytes", root.GetProperty("engine").GetProperty("sizeAccounting").GetString());
    }

    [Fact]
    public void Text_that_is_not_a_report_is_refused()
    {
        var error = Assert.Throws<PyImagesException>(() => ReportJson.Deserialize("{\"version\": \"one\""));

        Assert.Contains("report.json", error.Message, StringComparison.Ordinal);
    }
}
