using PyImages.Engine;
using PyImages.Inspection;

namespace PyImages.Pipeline;

/// <summary>
/// Which of the images labelled with this checkout Clean may remove. Labels are inherited: an image someone built FROM
/// one of ours carries our checkout and repository labels too. Ours are those this checkout recorded as built, or (the
/// record lost) still tagged with the title we gave them (Podman prefixes local names with localhost/).
/// </summary>
public static class CleanSelection
{
    /// <returns>Null when the image is ours to remove; else why it stays.</returns>
    public static string? WhyKept(ImageFacts image, CheckoutIdentity owner, IReadOnlyCollection<string> builtHere)
    {
        var repository = image.Labels.GetValueOrDefault(ImageLabels.Repository);
        if (repository != owner.Repository)
        {
            return repository is null
                ? "it has no repository label, so this version of PyImages did not build it"
                : $"built for repository {repository}, not {owner.Repository} (Clean --repository {repository} removes it)";
        }

        return builtHere.Contains(image.Id) || TaggedAsBuilt(image)
            ? null
            : "not built by PyImages: it inherits our labels because someone built it FROM one of ours";
    }

    /// <summary>The tags Clean removes from one of our images: those in our repository, not names others gave it.</summary>
    public static IReadOnlyList<string> OurTags(ImageFacts image, CheckoutIdentity owner) =>
        image.RepoTags.Where(tag => InRepository(tag, owner.Repository)).ToList();

    private static bool TaggedAsBuilt(ImageFacts image) =>
        image.Labels.TryGetValue(ImageLabels.Title, out var title)
        && (image.RepoTags.Contains(title) || image.RepoTags.Contains("localhost/" + title));

    private static bool InRepository(string tag, string repository)
    {
        var name = ReferenceRepository.Of(tag);
        return name == repository || name == "localhost/" + repository;
    }
}
