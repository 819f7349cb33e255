namespace PyImages.Reporting;

public static class ReportMasking
{
    /// <summary>The report with secrets masked in every value, so no writer's own escaping can hide one from <see cref="SecretMasker.Apply(string)"/>.</summary>
    public static Report Apply(this SecretMasker masker, Report report) =>
        masker.MasksNothing ? report : ReportJson.Deserialize(masker.Apply(ReportJson.Serialize(report)));
}
