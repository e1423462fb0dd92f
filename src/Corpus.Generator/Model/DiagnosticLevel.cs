namespace Corpus.Generator.Model;

/// <summary>The severity of a catalogue entry, without Roslyn types (the build task shares the catalogue).</summary>
public enum DiagnosticLevel
{
    Info,
    Warning,
    Error,
}
