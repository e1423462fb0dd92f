using System.Linq;
using System.Text;
using Corpus.Generator.Indexing;
using Xunit;

namespace Corpus.Generator.Tests;

public class TermIdsTests
{
    [Fact]
    public void Each_distinct_term_gets_the_next_number_and_keeps_it_as_the_table_grows()
    {
        var ids = new TermIds();
        var terms = Enumerable.Range(0, 20_000).Select(i => Encoding.UTF8.GetBytes("w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "é")).ToList();

        for (var i = 0; i < terms.Count; i++)
        {
            Assert.Equal(i, ids.GetOrAdd(terms[i], 0, terms[i].Length));
        }

        // Asked again (from another buffer, at an offset), every term finds its number; its bytes read back.
        for (var i = terms.Count - 1; i >= 0; i -= 7)
        {
            var shifted = new byte[] { 1, 2, 3 }.Concat(terms[i]).ToArray();
            Assert.Equal(i, ids.GetOrAdd(shifted, 3, terms[i].Length));
            Assert.Equal(terms[i], ids.Term(i).ToArray());
        }

        Assert.Equal(terms.Count, ids.Count);
    }

    [Fact]
    public void A_term_and_its_prefix_are_two_terms()
    {
        var ids = new TermIds();
        var word = Encoding.UTF8.GetBytes("harbours");

        Assert.Equal(0, ids.GetOrAdd(word, 0, 8));
        Assert.Equal(1, ids.GetOrAdd(word, 0, 7));
        Assert.Equal(2, ids.GetOrAdd(word, 1, 7));
        Assert.Equal(0, ids.GetOrAdd(word, 0, 8));
    }
}
