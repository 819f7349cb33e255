namespace PyImages.Inspection;

/// <summary>A file of the final image and why it is there (e.g. "library needed by /opt/python-packages/bin/uwsgi").</summary>
public sealed record ExplainedFile(string Path, long SizeBytes, string Reason);
