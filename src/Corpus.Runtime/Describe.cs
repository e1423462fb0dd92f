using System.Globalization;
using System.Text;

namespace Corpus;

/// <summary>The short descriptions the query types give as <c>ToString()</c>: counts and a few ids, never whole texts.</summary>
internal static class Describe
{
    private const int IdsShown = 5;

    public static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    public static string Articles(Article[] articles) =>
        articles.Length == 0 ? "0 articles" : Count(articles.Length, "article") + ": " + Ids(articles);

    /// <summary>The first ids, then an ellipsis when there are more.</summary>
    public static string Ids(Article[] articles)
    {
        var text = new StringBuilder();
        for (var i = 0; i < articles.Length && i < IdsShown; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(articles[i].Id);
        }

        return articles.Length > IdsShown ? text.Append(", …").ToString() : text.ToString();
    }
}
