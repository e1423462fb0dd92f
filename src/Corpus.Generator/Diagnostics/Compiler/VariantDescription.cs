using System;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Diagnostics.Compiler;

/// <summary>
/// The description of one variant of a catalogue descriptor: the catalogue's text, with a hash and equality that
/// include the variant number, so that variants of one id hash apart (<see cref="DescriptorVariants"/>).
/// </summary>
internal sealed class VariantDescription : LocalizableString
{
    private readonly LocalizableString _text;
    private readonly int _variant;

    public VariantDescription(LocalizableString text, int variant)
    {
        _text = text;
        _variant = variant;
    }

    protected override string GetText(IFormatProvider? formatProvider) => _text.ToString(formatProvider);

    protected override int GetHash() => unchecked((_text.GetHashCode() * 31) + _variant);

    protected override bool AreEqual(object? other) => other is VariantDescription that && _variant == that._variant && _text.Equals(that._text);
}
