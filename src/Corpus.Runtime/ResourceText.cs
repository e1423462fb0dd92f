using System;
using System.ComponentModel;
using System.IO;
using System.Reflection;
using System.Threading;

namespace Corpus;

/// <summary>
/// An article's text read in place from a manifest resource of the assembly that holds the corpus (the resource
/// representation, <c>CorpusStorage=Resource</c>, see docs/design.md): the resource stream of a loaded assembly is an
/// <see cref="UnmanagedMemoryStream"/> over the mapped image, so the text is a span over memory the runtime keeps
/// for as long as the assembly is loaded. Nothing is copied; the first access looks the resource up once.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe class ResourceText
{
    private readonly Assembly _assembly;
    private readonly string _name;
    private readonly int _expectedLength;
    private byte* _pointer;
    private int _length = -1;

    /// <summary>Called by generated code only.</summary>
    /// <param name="assembly">The assembly that embeds the seed file.</param>
    /// <param name="name">The manifest resource name the build gave the seed file.</param>
    /// <param name="expectedLength">The UTF-8 length of the text the generator parsed (a mismatch means a stale or foreign resource).</param>
    public ResourceText(Assembly assembly, string name, int expectedLength)
    {
        _assembly = assembly ?? throw new ArgumentNullException(nameof(assembly));
        _name = name ?? throw new ArgumentNullException(nameof(name));
        _expectedLength = expectedLength;
    }

    /// <summary>The text's UTF-8 bytes (byte order mark removed).</summary>
    public ReadOnlySpan<byte> Span
    {
        get
        {
            if (Volatile.Read(ref _length) < 0)
            {
                Load();
            }

            return new ReadOnlySpan<byte>(_pointer, _length);
        }
    }

    private void Load()
    {
        using var stream = _assembly.GetManifestResourceStream(_name) as UnmanagedMemoryStream
            ?? throw new InvalidOperationException($"Corpus: the seed resource '{_name}' is missing from {_assembly.GetName().Name}.");
        var pointer = stream.PositionPointer;
        var length = checked((int)stream.Length);
        if (length >= 3 && pointer[0] == 0xEF && pointer[1] == 0xBB && pointer[2] == 0xBF)
        {
            pointer += 3; // the generator parsed the text without its byte order mark
            length -= 3;
        }

        if (length != _expectedLength)
        {
            throw new InvalidOperationException($"Corpus: the seed resource '{_name}' has {length} bytes, the generated tables expect {_expectedLength}; rebuild the project.");
        }

        _pointer = pointer;
        Volatile.Write(ref _length, length);
    }
}
