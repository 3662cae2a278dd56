using System.Globalization;
using System.Text;

namespace Ontwar.Serialization;

/// <summary>Builds JSON paths in the form the diagnostics use: <c>$.activities[3].idealScale</c>, <c>$['x y']</c>.</summary>
internal static class JsonPaths
{
    internal const string Root = "$";

    internal static string Property(string parent, string name)
    {
        if (IsPlainName(name))
        {
            return parent + "." + name;
        }

        // Bracket notation for names that dot notation cannot carry (dashes, spaces, quotes, empty).
        var builder = new StringBuilder(parent.Length + name.Length + 4).Append(parent).Append("['");
        foreach (var c in name)
        {
            switch (c)
            {
                case '\'':
                    builder.Append("\\'");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append("']").ToString();
    }

    internal static string Index(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>Whether <paramref name="path"/> is <paramref name="ancestor"/> or lies inside it.</summary>
    internal static bool IsWithin(string path, string ancestor)
        => path.StartsWith(ancestor, StringComparison.Ordinal)
           && (path.Length == ancestor.Length || path[ancestor.Length] is '.' or '[');

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
