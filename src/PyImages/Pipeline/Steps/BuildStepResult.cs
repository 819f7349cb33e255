namespace PyImages.Pipeline.Steps;

/// <param name="Built">The image the build made and tagged; null when it made none (a failure, expected or not).</param>
public sealed record BuildStepResult(VariantOutcome Outcome, BuiltImage? Built);
