namespace BuildHost.Parameters;

internal sealed record CommandLineOption(string Spelled, List<string> Values);
