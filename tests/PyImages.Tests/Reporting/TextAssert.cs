namespace PyImages.Tests.Reporting;

internal static class TextAssert
{
    /// <summary>Fails on the first expected piece the text lacks, naming it.</summary>
    public static void ContainsAll(string text, params string[] expected)
    {
        foreach (var piece in expected)
        {
            Assert.Contains(piece, text, StringComparison.Ordinal);
        }
    }
}
