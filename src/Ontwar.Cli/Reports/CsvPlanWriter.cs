using System.Globalization;
using CsvHelper;

namespace Ontwar.Cli.Reports;

/// <summary>
/// The <c>csv</c> format: one row per activity with its package, the package's scale, its team and the team's
/// partners, plus the activity's name and ideal scale, comma-separated with a header (English or Dutch with
/// <c>--lang</c>); lists inside a cell are separated by <c>|</c>. Scale names are the file names of
/// json-format.md, so a spreadsheet can filter on them. A cell a spreadsheet would run as a formula gets a leading
/// apostrophe (<see cref="CsvCells.Neutralise"/>).
/// </summary>
internal static class CsvPlanWriter
{
    /// <summary>Writes the table.</summary>
    internal static string Write(ReportModel model, ReportLabels labels)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var options = CsvWriterOptions.Default with { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture };
        using (var csv = CsvWriter.Create(writer, options, leaveOpen: true))
        {
            csv.WriteHeader([.. new[] { "csvActivity", "csvName", "csvPackage", "csvScale", "csvIdealScale", "csvTeam", "csvPartners" }.Select(k => labels[k])]);
            foreach (var a in model.Activities)
            {
                csv.WriteField(CsvCells.Neutralise(a.Id));
                csv.WriteField(CsvCells.Neutralise(a.Name));
                csv.WriteField(CsvCells.Neutralise(a.PackageId ?? string.Empty));
                csv.WriteField(a.PackageScale?.ToName() ?? string.Empty);
                csv.WriteField(a.IdealScale.ToName());
                csv.WriteField(CsvCells.Neutralise(string.Join('|', a.Team)));
                csv.WriteField(CsvCells.Neutralise(string.Join('|', a.TeamPartners)));
                csv.EndRecord();
            }
        }

        return writer.ToString();
    }
}
