using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing.Normalization;

/// <summary>What normalisation made of a seed's text.</summary>
/// <param name="Text">The text the rest of the parser reads (every range of the article indexes it).</param>
/// <param name="Map">How offsets of <paramref name="Text"/> map back to the file.</param>
/// <param name="LineBreaksSplitParagraphs">True when the file has no blank lines, so each line is a paragraph.</param>
/// <param name="MojibakeRepairs">How many double-encoded characters were repaired (0 when the file was left alone).</param>
/// <param name="FirstRepair">The first repaired character, in <paramref name="Text"/>, or none.</param>
/// <param name="FirstRepairAsWritten">That character as the file spells it (<c>â€™</c>).</param>
internal sealed record NormalizedText(string Text, SourceMap Map, bool LineBreaksSplitParagraphs, int MojibakeRepairs, TextRange FirstRepair, string FirstRepairAsWritten);
