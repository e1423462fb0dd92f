using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using Xunit;

namespace Corpus.Package.Tests;

/// <summary>
/// The runtime library precompiled per runtime identifier (runtimes/RID/lib/net10.0, src/Corpus.Runtime/Package/
/// ReadyToRun.targets): each image is ReadyToRun code for its platform over the very IL of lib/net10.0, and a fresh
/// console project loads it and JITs none of the library's methods on its first access to an article.
/// </summary>
[Collection(PackageFeedCollectionDefinition.Name)]
public sealed class ReadyToRunTests
{
    /// <summary>The packed RIDs with the PE machine crossgen2 writes for each (the architecture xor an OS value).</summary>
    private static readonly Dictionary<string, ushort> Machines = new()
    {
        ["linux-x64"] = (ushort)Machine.Amd64 ^ 0x7B79,
        ["linux-arm64"] = (ushort)Machine.Arm64 ^ 0x7B79,
        ["osx-x64"] = (ushort)Machine.Amd64 ^ 0x4644,
        ["osx-arm64"] = (ushort)Machine.Arm64 ^ 0x4644,
        ["win-x64"] = (ushort)Machine.Amd64,
    };

    private const string Program = """
        var before = System.Runtime.JitInfo.GetCompiledMethodCount();
        var article = News.Find("003_0d319069ba9c6b8d");
        var length = article!.Text.Length;
        var jitted = System.Runtime.JitInfo.GetCompiledMethodCount() - before;
        Console.WriteLine($"runtime library: {typeof(global::Corpus.Article).Assembly.Location}");
        Console.WriteLine($"first access: {length} chars, {jitted} methods compiled");
        """;

    private readonly PackageFeed _feed;

    public ReadyToRunTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void Each_packed_image_is_ReadyToRun_code_for_its_platform_over_the_lib_il()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_feed.Feed, $"Corpus.{_feed.Version}.nupkg"));
        var lib = Read(zip, "lib/net10.0/Corpus.Runtime.dll");
        using var libReader = new PEReader(new MemoryStream(lib));
        Assert.Equal(0, libReader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size); // the fallback stays IL only
        var libMvid = Mvid(libReader);

        var images = zip.Entries.Select(e => e.FullName).Where(e => e.StartsWith("runtimes/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Machines.Keys.Select(rid => $"runtimes/{rid}/lib/net10.0/Corpus.Runtime.dll").Order(StringComparer.Ordinal), images);
        foreach (var (rid, machine) in Machines)
        {
            using var reader = new PEReader(new MemoryStream(Read(zip, $"runtimes/{rid}/lib/net10.0/Corpus.Runtime.dll")));
            Assert.True((ushort)reader.PEHeaders.CoffHeader.Machine == machine, $"{rid}: machine 0x{(ushort)reader.PEHeaders.CoffHeader.Machine:x4}, expected 0x{machine:x4}");
            Assert.True(reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{rid}: no ReadyToRun header");
            Assert.True((reader.PEHeaders.CorHeader.Flags & CorFlags.ILLibrary) != 0, $"{rid}: not flagged as a ReadyToRun image");
            Assert.Equal(libMvid, Mvid(reader)); // the same IL, so the snupkg's lib/net10.0 pdb serves it
        }
    }

    [Fact]
    public void A_console_project_loads_the_image_for_its_platform_and_jits_no_library_method_on_first_access()
    {
        var project = FreshProject.Create(_feed, "console", "Cold")
            .WithSampleSeeds("000_7357a1aa9a7ac386.txt", "003_0d319069ba9c6b8d.txt")
            .WithFile("Program.cs", Program)
            .WithItems(FreshProject.SeedItem);
        FreshProject.Succeeds(project.Build());

        var rid = (OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux") + "-" + RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        var packed = Machines.ContainsKey(rid);
        var (run, jitted) = RunLoggingJit(project, new Dictionary<string, string>());
        var location = run.Output.Split('\n').Single(l => l.StartsWith("runtime library: ", StringComparison.Ordinal)).Trim();
        var expected = packed ? Path.Combine("runtimes", rid, "lib", "net10.0", "Corpus.Runtime.dll") : Path.Combine("net10.0", "Corpus.Runtime.dll");
        Assert.True(location.EndsWith(expected, StringComparison.Ordinal), $"expected .../{expected}, got {location}");
        Assert.Contains("first access: ", run.Output, StringComparison.Ordinal);

        var library = LibraryTypes();
        if (packed)
        {
            Assert.True(!jitted.Any(library.Contains), "JIT-compiled library methods: " + string.Join(", ", jitted.Where(library.Contains)));
        }

        // The check sees JIT when there is some: with ReadyToRun code refused, the same first access compiles the store.
        var (_, withoutReadyToRun) = RunLoggingJit(project, new Dictionary<string, string> { ["DOTNET_ReadyToRun"] = "0" });
        Assert.Contains("Corpus.CorpusStore", withoutReadyToRun);
    }

    // Runs the built app with the JIT's method summary on, and returns the types (Namespace.Type) it compiled.
    private static (DotNet.Result Run, HashSet<string> Types) RunLoggingJit(FreshProject project, Dictionary<string, string> environment)
    {
        var log = Path.Combine(project.Folder, $"jit-{Guid.NewGuid():N}.txt");
        environment["DOTNET_JitStdOutFile"] = log;
        environment["DOTNET_JitDisasmSummary"] = "1";
        var run = FreshProject.Succeeds(DotNet.Run(project.Folder, Path.Combine("bin", "Debug", "net10.0", project.Name + ".dll"), environment: environment));
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(log))
        {
            // "   7: JIT compiled Corpus.CorpusStore:Find(System.ReadOnlySpan`1[char]) [Tier0, ...]"
            var at = line.IndexOf("JIT compiled ", StringComparison.Ordinal);
            var colon = at < 0 ? -1 : line.IndexOf(':', at);
            if (colon > 0)
            {
                var type = line[(at + "JIT compiled ".Length)..colon];
                types.Add(type.Split('+', '[', '`')[0]);
            }
        }

        Assert.NotEmpty(types); // the program itself is always JIT-compiled: the log was written
        return (run, types);
    }

    // The library's own types, from its metadata (Namespace.Type, top-level types only).
    private HashSet<string> LibraryTypes()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_feed.Feed, $"Corpus.{_feed.Version}.nupkg"));
        using var reader = new PEReader(new MemoryStream(Read(zip, "lib/net10.0/Corpus.Runtime.dll")));
        var metadata = reader.GetMetadataReader();
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            if (!type.GetDeclaringType().IsNil)
            {
                continue;
            }

            // The library's namespaces only: compiler-made types (<PrivateImplementationDetails>, embedded attributes)
            // have the same names in the app.
            var ns = metadata.GetString(type.Namespace);
            if (ns == "Corpus" || ns.StartsWith("Corpus.", StringComparison.Ordinal))
            {
                types.Add(ns + "." + metadata.GetString(type.Name).Split('`')[0]);
            }
        }

        Assert.Contains("Corpus.CorpusStore", types);
        return types;
    }

    private static Guid Mvid(PEReader reader)
    {
        var metadata = reader.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }

    private static byte[] Read(ZipArchive zip, string entry)
    {
        using var stream = zip.GetEntry(entry)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
