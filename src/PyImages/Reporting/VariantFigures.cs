namespace PyImages.Reporting;

/// <summary>The derived columns of a <see cref="VariantReport"/>.</summary>
public static class VariantFigures
{
    public static long SizeOverBase(long sizeBytes, long baseSizeBytes) => sizeBytes - baseSizeBytes;

    /// <summary>Percent change of <paramref name="sizeBytes"/> against <paramref name="referenceBytes"/>; null when there is no reference.</summary>
    public static double? ChangePercent(long sizeBytes, long? referenceBytes) =>
        referenceBytes is > 0 ? (sizeBytes - referenceBytes.Value) * 100.0 / referenceBytes.Value : null;

    /// <summary>Size over base per byte installed; null unless both are known and positive.</summary>
    public static double? MinimalRatio(long? sizeOverBaseBytes, long? installedSizeBytes) =>
        sizeOverBaseBytes is { } over && installedSizeBytes is > 0 ? (double)over / installedSizeBytes.Value : null;
}
