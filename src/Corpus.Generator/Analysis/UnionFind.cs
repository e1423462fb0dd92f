namespace Corpus.Generator.Analysis;

/// <summary>Disjoint sets of 0..count-1 (union–find with path halving); the smaller index is always the root.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;

    public UnionFind(int count)
    {
        _parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
        }
    }

    public int Root(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }

        return i;
    }

    public void Join(int a, int b)
    {
        var (x, y) = (Root(a), Root(b));
        if (x != y)
        {
            _parent[System.Math.Max(x, y)] = System.Math.Min(x, y);
        }
    }
}
