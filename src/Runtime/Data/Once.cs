using System.Threading;

namespace Byline.Data;

/// <summary>Publishes a value decoded on first access so that every reader sees the same object, however many threads decoded it.</summary>
internal static class Once
{
    /// <summary>The value already in <paramref name="field"/>, or <paramref name="value"/> if it was first to be stored.</summary>
    public static T Publish<T>(ref T? field, T value)
        where T : class => Interlocked.CompareExchange(ref field, value, null) ?? value;
}
