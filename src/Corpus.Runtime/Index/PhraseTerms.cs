using System;

namespace Corpus;

/// <summary>
/// The term ids of a phrase query, held inline (no array) so that a query allocates nothing. Up to
/// <see cref="Capacity"/> words.
/// </summary>
internal struct PhraseTerms
{
    internal const int Capacity = 8;

    private int _t0, _t1, _t2, _t3, _t4, _t5, _t6, _t7;

    internal int Count;

    internal int this[int index]
    {
        readonly get => index switch
        {
            0 => _t0,
            1 => _t1,
            2 => _t2,
            3 => _t3,
            4 => _t4,
            5 => _t5,
            6 => _t6,
            7 => _t7,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
        set
        {
            switch (index)
            {
                case 0: _t0 = value; break;
                case 1: _t1 = value; break;
                case 2: _t2 = value; break;
                case 3: _t3 = value; break;
                case 4: _t4 = value; break;
                case 5: _t5 = value; break;
                case 6: _t6 = value; break;
                case 7: _t7 = value; break;
                default: throw new ArgumentOutOfRangeException(nameof(index));
            }
        }
    }
}
