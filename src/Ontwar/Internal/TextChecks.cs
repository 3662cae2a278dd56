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
    /// The form two identifiers are compared in to find confusable duplicates: Unicode compatibility normalisation
    /// (NFKC), so that <c>é</c> written as one or as two code points, or a full-width <c>Ａ</c> and <c>A</c>, collide.
    /// </summary>
    /// <returns>The normalised form, or the value itself when it is not valid UTF-16 (that is reported on its own).</returns>
    internal static string ConfusableKey(string value)
    {
        try
        {
            return value.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return value;
        }
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
