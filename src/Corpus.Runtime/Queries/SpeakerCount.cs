namespace Corpus;

/// <summary>A speaker (canonical name) and how many quotations the corpus attributes to them.</summary>
public readonly record struct SpeakerCount(string Name, int Count);
