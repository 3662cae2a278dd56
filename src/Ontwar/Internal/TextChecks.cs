using System.Globalization;
using System.Text;

namespace Ontwar.Internal;

/// <summary>
/// What an identifier or a free text may contain. Characters that change how a terminal or an editor shows text
/// (controls such as ESC, CR and NUL; bidirectional overrides; invisible formatting characters in identifiers) are
/// refused, so that what a scenario says is what its reader sees (Trojan Source, CVE-2021-42574; ANSI escapes).
/// </summary>
internal static class TextChecks
{
    // The plain letter of each of U+00C0..U+024F that decomposes (NFKD) into one ASCII letter and marks; \0 otherwise.
    // Generated once from the Unicode data, as invariant mode has no decomposition tables.
    private static readonly string LatinBase =
        "AAAAAA\0CEEEEIIII\0NOOOOO\0\0UUUUY\0\0aaaaaa\0ceeeeiiii"
            + "\0nooooo\0\0uuuuy\0yAaAaAaCcCcCcCcDd\0\0EeEeEeEeEeGgGg"
            + "GgGgHh\0\0IiIiIiIiI\0\0\0JjKk\0LlLlLl\0\0\0\0NnNnNn\0\0\0OoOo"
            + "Oo\0\0RrRrRrSsSsSsSsTtTt\0\0UuUuUuUuUuUuWwYyYZzZzZzs"
            + "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Oo\0\0\0\0\0\0\0\0\0\0\0\0\0U"
            + "u\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0AaIiOoUuUuUuUuUu\0Aa"
            + "Aa\0\0\0\0GgKkOoOo\0\0j\0\0\0Gg\0\0NnAa\0\0\0\0AaAaEeEeIiIiOoOo"
            + "RrRrUuUuSsTt\0\0Hh\0\0\0\0\0\0AaEeOoOoOoOoYy\0\0\0\0\0\0\0\0\0\0\0\0"
            + "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";

    /// <summary>What is wrong with an identifier, or <see langword="null"/> when it is acceptable.</summary>
    internal static string? IdentifierProblem(string value)
    {
        if (value.Length > ScenarioLimits.MaxIdentifierLength)
        {
            return Invariant($"is {value.Length} characters long; identifiers are at most {ScenarioLimits.MaxIdentifierLength}");
        }

        return FirstRefused(value, identifier: true);
    }

    /// <summary>What is wrong with a free text, or <see langword="null"/> when it is acceptable.</summary>
    internal static string? TextProblem(string value)
    {
        if (value.Length > ScenarioLimits.MaxTextLength)
        {
            return Invariant($"is {value.Length} characters long; texts are at most {ScenarioLimits.MaxTextLength}");
        }

        return FirstRefused(value, identifier: false);
    }

    /// <summary>
    /// The form two identifiers are compared in to find confusable duplicates: combining marks dropped, Latin letters
    /// with accents (U+00C0 to U+024F) and full-width ASCII (U+FF01 to U+FF5E) taken as their plain letter, the Dutch
    /// ligature <c>ĳ</c> as <c>ij</c>. So <c>café</c> written with one code point or two, <c>cafe</c>, and a full-width
    /// <c>Ａ</c> against <c>A</c> collide. It uses no culture data, so it gives the same answer under globalization-
    /// invariant mode (the command line and the web sample run in it, where <see cref="string.Normalize()"/> does
    /// nothing).
    /// </summary>
    internal static string ConfusableKey(string value)
    {
        var key = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            if (char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                key.Append((char)(c - 0xFEE0));
            }
            else if (c is >= '\u00C0' and <= '\u024F' && LatinBase[c - 0xC0] is var plain and not '\0')
            {
                key.Append(plain);
            }
            else
            {
                key.Append(c switch
                {
                    '\u0132' => "IJ",
                    '\u0133' => "ij",
                    _ => c.ToString(),
                });
            }
        }

        return key.ToString();
    }

    private static string? FirstRefused(string value, bool identifier)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    // A pair is one character outside the BMP; only the tag characters among them are formatting.
                    if (identifier && CharUnicodeInfo.GetUnicodeCategory(value, i) == UnicodeCategory.Format)
                    {
                        return At(value, i, "an invisible formatting character");
                    }

                    i++;
                    continue;
                }

                return At(value, i, "an unpaired surrogate (not a character)");
            }

            switch (char.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control:
                    return At(value, i, "a control character");
                case UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                    return At(value, i, "a line break");
                case UnicodeCategory.Format when identifier || IsBidiControl(c):
                    return At(value, i, IsBidiControl(c) ? "a bidirectional-text control" : "an invisible formatting character");
            }
        }

        return null;
    }

    // Embeddings, overrides and isolates reorder what follows them (Trojan Source); marks such as U+200F only nudge.
    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static string At(string value, int index, string what)
    {
        int codePoint = char.IsSurrogatePair(value, index) ? char.ConvertToUtf32(value, index) : value[index];
        return Invariant($"contains {what}, U+{codePoint:X4}, at position {index + 1}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
