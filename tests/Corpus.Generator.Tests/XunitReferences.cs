using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Tests;

/// <summary>
/// Metadata references that make a test compilation look like an xUnit test project: the real xUnit v2 assemblies
/// this test project runs on, or stand-ins for xUnit v3 with the same assembly names and the members the fixtures
/// use (the package tests build against the real xunit.v3).
/// </summary>
internal static class XunitReferences
{
    public static IReadOnlyList<MetadataReference> V2 { get; } = new MetadataReference[]
    {
        MetadataReference.CreateFromFile(typeof(Xunit.TheoryData<>).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Xunit.Abstractions.IXunitSerializable).Assembly.Location),
    };

    /// <summary>xUnit v3 3.0 or later: theory data rows have a <c>Label</c>.</summary>
    public static IReadOnlyList<MetadataReference> V3 { get; } = CreateV3("3.2.1.0");

    /// <summary>xUnit v3 before 3.0: rows have only a <c>TestDisplayName</c>.</summary>
    public static IReadOnlyList<MetadataReference> V3Before3_0 { get; } = CreateV3("2.0.3.0");

    private static MetadataReference[] CreateV3(string version)
    {
        var label = version.StartsWith('2') ? "" : "public string? Label { get; set; }";
        var common = Compile("xunit.v3.common", """
            namespace Xunit.Sdk
            {
                public interface IXunitSerializationInfo
                {
                    void AddValue(string key, object? value, System.Type? valueType);
                    object? GetValue(string key);
                }

                public interface IXunitSerializable
                {
                    void Deserialize(IXunitSerializationInfo info);
                    void Serialize(IXunitSerializationInfo info);
                }
            }
            """);
        var core = Compile("xunit.v3.core", $$"""
            [assembly: System.Reflection.AssemblyVersion("{{version}}")]

            namespace Xunit
            {
                public abstract class TheoryDataRowBase
                {
                    public string? TestDisplayName { get; set; }
                    {{label}}
                }

                public sealed class TheoryDataRow<T1> : TheoryDataRowBase
                {
                    public TheoryDataRow(T1 p1) => Data = p1;
                    public T1 Data { get; }
                }
            }
            """);
        return new[] { common, core };
    }

    private static MetadataReference Compile(string assemblyName, string code)
    {
        var trusted = ((string)System.AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(code) },
            trusted.Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "System.Reflection.dll").Select(p => MetadataReference.CreateFromFile(p)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new System.InvalidOperationException(string.Join("\n", result.Diagnostics));
        }

        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
