namespace BuildHost.Utilities.Collections;

public static class DictionaryExtensions
{
    public static Dictionary<TKey, TValue> AddPair<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key, TValue value)
        where TKey : notnull
    {
        dictionary.Add(key, value);
        return dictionary;
    }
}
