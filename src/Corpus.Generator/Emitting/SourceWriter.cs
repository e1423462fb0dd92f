using System.Text;

namespace Corpus.Generator.Emitting;

/// <summary>A tiny indented text writer: the emitters write C# line by line, in the order it reads.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder;
    private int _indent;

    public SourceWriter(int capacity = 4096) => _builder = new StringBuilder(capacity);

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes raw text at the current indentation, without a line end.</summary>
    public SourceWriter Start(string text)
    {
        _builder.Append(' ', _indent * 4).Append(text);
        return this;
    }

    /// <summary>Appends raw text to the current line.</summary>
    public SourceWriter Append(string text)
    {
        _builder.Append(text);
        return this;
    }

    public SourceWriter Append(char c)
    {
        _builder.Append(c);
        return this;
    }

    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Outdent()
    {
        _indent--;
        return this;
    }

    public override string ToString() => _builder.ToString();
}
