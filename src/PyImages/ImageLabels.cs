namespace PyImages;

/// <summary>Labels every image and container PyImages makes carries, so it finds its own things and only those.</summary>
public static class ImageLabels
{
    public const string Project = "org.pyimages.project";
    public const string ProjectValue = "pyimages";
    public const string Variant = "org.pyimages.variant";
    public const string BaseImage = "org.pyimages.base-image";

    /// <summary>The checkout that built the image (<see cref="CheckoutIdentity"/>): Clean and the report act on its own images only.</summary>
    public const string Checkout = "org.pyimages.checkout";

    /// <summary>The repository the image was built for (<c>--repository</c>).</summary>
    public const string Repository = "org.pyimages.repository";

    /// <summary>
    /// On containers PyImages runs only: "checkout repository" of the run that started it. Images never carry it, so a
    /// container of someone's image built FROM ours (it inherits the image's labels) never matches.
    /// </summary>
    public const string RunBy = "org.pyimages.run-by";

    /// <summary>The application an image serves (<c>--app</c>): its folder's name.</summary>
    public const string App = "org.pyimages.app";

    /// <summary>OCI revision: the git commit of the application's folder, when it is in a repository.</summary>
    public const string Revision = "org.opencontainers.image.revision";

    /// <summary>OCI title: the reference the image was built as.</summary>
    public const string Title = "org.opencontainers.image.title";

    /// <summary>Filter for <c>--filter label=...</c> that matches everything this project made.</summary>
    public const string ProjectFilter = Project + "=" + ProjectValue;

    /// <summary>
    /// Set on the containers PyImages itself runs (fetch, probes, verification). Containers inherit the project label
    /// from any image built FROM ours, so that label alone would also match other people's containers.
    /// </summary>
    public const string RunContainer = "org.pyimages.container";
}
