using System.Globalization;
using System.Text;

namespace Ontwar.Cli;

/// <summary>
/// Text that reaches a terminal: messages quote file names and rejected input values, which may hold escape sequences
/// (ANSI/OSC: set the title, clear the screen), carriage returns or bidirectional overrides.
/// </summary>
internal static class TerminalText
{
    /// <summary>
    /// Makes a text safe to print on a terminal: every control, bidirectional, invisible-formatting or unpaired
    /// surrogate character becomes a visible <c>\uXXXX</c> escape (and a backslash stays as it is), so a message
    /// can neither run terminal commands nor span lines.
    /// </summary>
    internal static string Escape(string text)
    {
        int first = 0;
        while (first < text.Length && !NeedsEscape(text, first))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var b = new StringBuilder(text.Length + 16);
        b.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            if (NeedsEscape(text, i))
            {
                b.Append(Invariant($"\\u{(int)text[i]:X4}"));
            }
            else
            {
                b.Append(text[i]);
            }
        }

        return b.ToString();
    }

    private static bool NeedsEscape(string text, int i)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        }

        return char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
