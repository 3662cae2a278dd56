using System.Globalization;

namespace Ontwar.Cli.Reports;

/// <summary>
/// CSV formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return as a formula, so a scenario's names could start a program on the
/// machine of whoever opens an exported table. Exported cells are neutralised; imported ones are flagged.
/// </summary>
internal static class CsvCells
{
    /// <summary>Whether a spreadsheet would take the cell for a formula (a plain number such as <c>-2.5</c> is not one).</summary>
    internal static bool IsFormulaLike(string cell)
        => cell.Length > 0
           && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
           && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    /// <summary>
    /// The cell as text a spreadsheet shows but never runs: a formula-like cell gets a leading apostrophe (OWASP's
    /// advice), which spreadsheets hide and read as "this is text". Other cells are unchanged.
    /// </summary>
    internal static string Neutralise(string cell) => IsFormulaLike(cell) ? "'" + cell : cell;
}
