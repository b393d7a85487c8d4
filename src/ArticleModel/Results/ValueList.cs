using System;
using System.Collections;
using System.Collections.Generic;

namespace ArticleModel;

/// <summary>
/// An immutable list with value equality, so that generated records compare equal when their lists hold equal items.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    /// <summary>Wraps <paramref name="items"/>; the caller must not change the array afterwards.</summary>
    public ValueList(T[] items) => _items = items ?? throw new ArgumentNullException(nameof(items));

    /// <summary>Copies <paramref name="items"/> into a new list.</summary>
    public ValueList(IEnumerable<T> items) => _items = new List<T>(items ?? throw new ArgumentNullException(nameof(items))).ToArray();

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new ValueList<T>(Array.Empty<T>());

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <summary>The items as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>Returns an enumerator over the items.</summary>
    public ArrayEnumerator GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (_items.Length != other._items.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i])) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items) hash.Add(item);
        return hash.ToHashCode();
    }

    /// <summary>Formats as <c>[a, b, c]</c>.</summary>
    public override string ToString() => "[" + string.Join(", ", _items) + "]";

    /// <summary>An allocation-free enumerator.</summary>
    public struct ArrayEnumerator
    {
        private readonly T[] _array;
        private int _index;

        internal ArrayEnumerator(T[] array)
        {
            _array = array;
            _index = -1;
        }

        /// <summary>The current item.</summary>
        public readonly T Current => _array[_index];

        /// <summary>Moves to the next item.</summary>
        public bool MoveNext() => ++_index < _array.Length;
    }
}
