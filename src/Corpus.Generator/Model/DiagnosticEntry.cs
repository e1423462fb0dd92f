namespace Corpus.Generator.Model;

/// <summary>One entry of the diagnostic catalogue (<see cref="DiagnosticIds.Catalogue"/>).</summary>
/// <param name="Message">The message format; its <c>{0}</c>, <c>{1}</c>… are the arguments in order.</param>
public sealed record DiagnosticEntry(string Id, string Title, string Message, DiagnosticLevel Level);
