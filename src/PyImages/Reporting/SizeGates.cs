namespace PyImages.Reporting;

/// <summary>Limits a run must keep, per variant name (case-insensitive). "*" applies to every variant.</summary>
/// <param name="MinEfficiency">0..1, checked against each analysed image's efficiency.</param>
public sealed record SizeGates(IReadOnlyDictionary<string, long> MaxSize, IReadOnlyDictionary<string, long> MaxOverBase, double? MinEfficiency)
{
    public const string EveryVariant = "*";

    public static SizeGates None { get; } = new(new Dictionary<string, long>(), new Dictionary<string, long>(), null);

    public bool IsEmpty => MaxSize.Count == 0 && MaxOverBase.Count == 0 && MinEfficiency is null;
}
