namespace PyImages.Spec;

/// <summary>A value as an error message quotes it: whole when short, else its start and its length, so a huge input never floods the console.</summary>
public static class InputPreview
{
    public const int Shown = 80;

    public static string Of(string? text) =>
        text is null ? "" : text.Length <= Shown ? text : $"{text[..Shown]}… ({text.Length} characters)";
}
