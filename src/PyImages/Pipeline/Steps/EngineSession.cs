using PyImages.Engine;

namespace PyImages.Pipeline.Steps;

/// <summary>The engine a run talks to and what it reported of itself: the first step's value, passed to every later one.</summary>
public sealed record EngineSession(IContainerEngine Engine, EngineInfo Info);
