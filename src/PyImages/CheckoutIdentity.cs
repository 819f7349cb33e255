using System.Security.Cryptography;
using System.Text;

namespace PyImages;

/// <summary>
/// Who built an image: a stable id of the checkout, from the resolved path of its artifacts folder, so two checkouts
/// (or two projects) sharing an engine never take each other's images and containers. Only a hash goes into labels,
/// never the path itself (images may be pushed).
/// </summary>
public sealed record CheckoutIdentity(string Id, string Repository)
{
    public static CheckoutIdentity For(string artifactsDirectory, string repository)
    {
        var path = RealPath.Of(artifactsDirectory);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(path));
        return new CheckoutIdentity(Convert.ToHexStringLower(hash)[..16], repository);
    }

    /// <summary>The value of <see cref="ImageLabels.RunBy"/> on the containers this checkout runs for this repository.</summary>
    public string RunByValue => $"{Id} {Repository}";

    public string RunByFilter => $"{ImageLabels.RunBy}={RunByValue}";

    public string CheckoutFilter => $"{ImageLabels.Checkout}={Id}";

    /// <summary>The labels every container a run of this checkout starts carries, so Clean finds its leftovers and no other run's.</summary>
    public IReadOnlyDictionary<string, string> ContainerLabels => new Dictionary<string, string>
    {
        [ImageLabels.RunBy] = RunByValue,
        [ImageLabels.Checkout] = Id,
        [ImageLabels.Repository] = Repository,
    };
}
