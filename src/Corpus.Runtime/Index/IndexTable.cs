using System;

namespace Corpus;

/// <summary>
/// Reads a fixed-width base-64 integer table (the generator's <c>TableEncoding</c>, via <see cref="TableDigits"/>;
/// the text index's term table is its only user now): first byte the width (3, 4 or 6), then each value as that many digits '0' + d, most significant first;
/// widths 3 and 4 store each value plus one.
/// </summary>
internal readonly ref struct IndexTable
{
    private readonly ReadOnlySpan<byte> _bytes;

    internal IndexTable(ReadOnlySpan<byte> bytes) => _bytes = bytes;

    internal int Count => _bytes.Length <= 1 ? 0 : (_bytes.Length - 1) / (_bytes[0] - '0');

    internal int this[int index] => TableDigits.Read(_bytes, index);
}
