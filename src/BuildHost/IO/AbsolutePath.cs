namespace BuildHost.IO;

/// <summary>A rooted file system path; combine with <c>/</c>.</summary>
public sealed class AbsolutePath : IEquatable<AbsolutePath>
{
    private readonly string _path;

    private AbsolutePath(string path) => _path = path;

    public static AbsolutePath Create(string path)
    {
        if (!Path.IsPathRooted(path))
            throw new ArgumentException($"Path '{path}' is not absolute.", nameof(path));
        var full = Path.GetFullPath(path);
        var trimmed = full.Length > Path.GetPathRoot(full)!.Length ? full.TrimEnd(Path.DirectorySeparatorChar) : full;
        return new AbsolutePath(trimmed);
    }

    public string Name => Path.GetFileName(_path);

    public string NameWithoutExtension => Path.GetFileNameWithoutExtension(_path);

    public string Extension => Path.GetExtension(_path);

    public AbsolutePath Parent => Path.GetDirectoryName(_path) is { } parent ? new AbsolutePath(parent) : this;

    public static AbsolutePath operator /(AbsolutePath left, string right) =>
        Create(Path.Combine(left._path, right.Replace('/', Path.DirectorySeparatorChar)));

    public static implicit operator string(AbsolutePath path) => path._path;

    public static explicit operator AbsolutePath(string path) => Create(path);

    public override string ToString() => _path;

    public bool Equals(AbsolutePath? other) => other is not null && string.Equals(_path, other._path, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is AbsolutePath other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_path);

    public static bool operator ==(AbsolutePath? left, AbsolutePath? right) => Equals(left, right);

    public static bool operator !=(AbsolutePath? left, AbsolutePath? right) => !Equals(left, right);
}
