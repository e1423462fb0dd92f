namespace Corpus.Generator.Model;

/// <summary>Which xUnit the consuming project references: it decides the shape of the generated theory data.</summary>
internal enum XunitVersion
{
    None,

    /// <summary>xunit.core with xunit.abstractions: <c>TheoryData&lt;T&gt;</c> and <c>Xunit.Abstractions.IXunitSerializable</c>.</summary>
    V2,

    /// <summary>xunit.v3.core with xunit.v3.common: <c>TheoryDataRow&lt;T&gt;</c> and <c>Xunit.Sdk.IXunitSerializable</c>.</summary>
    V3,
}
