namespace BuildHost.Tooling;

/// <summary>Fluent settings: <c>s =&gt; s.SetProjectFile(...).SetConfiguration(...)</c>.</summary>
public delegate T Configure<T>(T settings);

/// <summary>Settings configured per value (a test project, a framework).</summary>
public delegate T Configure<T, in TValue>(T settings, TValue value);

public static class ConfigureExtensions
{
    public static T Apply<T>(this T settings, Configure<T>? configurator) => configurator is null ? settings : configurator(settings);

    public static T Apply<T, TValue>(this T settings, Configure<T, TValue>? configurator, TValue value) =>
        configurator is null ? settings : configurator(settings, value);

    public static T When<T>(this T settings, bool condition, Configure<T> configurator) => condition ? configurator(settings) : settings;
}
