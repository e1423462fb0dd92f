namespace Corpus.Generator.Parsing.Lexicons;

/// <summary>The gender a first name usually carries, so "she" can find the woman a text named.</summary>
internal enum NameGender
{
    Unknown,
    Female,
    Male,
}
