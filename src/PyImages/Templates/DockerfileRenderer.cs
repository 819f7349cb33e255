using PyImages.Engine;
using PyImages.Engine.BaseImages;
using PyImages.Spec;
using Scriban;
using Scriban.Syntax;

namespace PyImages.Templates;

/// <summary>Renders the Dockerfile of one variant from the embedded Scriban templates.</summary>
public sealed class DockerfileRenderer
{
    private readonly TemplateLoader loader;

    public DockerfileRenderer()
        : this(TemplateLoader.Embedded)
    {
    }

    internal DockerfileRenderer(TemplateLoader loader) => this.loader = loader;

    public string Render(ImageSpec spec, BaseImageFacts facts, BuilderCapabilities capabilities, Variant variant, RenderOptions? options = null)
    {
        DistrolessSupport.EnsureSupported(facts, variant);
        var shape = VariantCatalog.Get(variant).Flags.MultiStage ? "multi-stage" : "single-stage";
        var model = DockerfileModel.Create(spec, facts, capabilities, variant, options ?? RenderOptions.Default);
        return RenderTemplate(TemplateLoader.ShapePath(shape), model, variant);
    }

    internal string RenderTemplate(string path, Scriban.Runtime.ScriptObject model, Variant variant)
    {
        var template = Template.Parse(loader.Read(path), path);
        if (template.HasErrors)
        {
            throw Failure(variant, string.Join("; ", template.Messages));
        }

        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            TemplateLoader = loader,
            MemberRenamer = member => member.Name,
        };
        context.PushGlobal(model);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw Failure(variant, $"{e.Span.FileName}({e.Span.Start.Line + 1},{e.Span.Start.Column + 1}): {e.OriginalMessage}", e);
        }
    }

    private static PyImagesException Failure(Variant variant, string detail, Exception? inner = null)
    {
        var message = $"Rendering the Dockerfile for '{VariantCatalog.Get(variant).Name}' failed in template {detail}. "
            + "This is a fault in PyImages' templates (src/PyImages/Templates), not in your input.";
        return inner is null ? new PyImagesException(message) : new PyImagesException(message, inner);
    }
}
