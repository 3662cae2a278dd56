using System.Globalization;
using CsvHelper;
using Ontwar.Interpretation;

namespace Ontwar.Cli.Reports;

/// <summary>
/// The <c>csv</c> format: one row per activity with its package, the package's scale, its team and the team's
/// partners, plus the activity's name and ideal scale and its package's links (other package, intensity, decision levels
/// taken together), comma-separated with a header (English or Dutch with
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
            csv.WriteHeader([.. new[] { "csvActivity", "csvName", "csvPackage", "csvScale", "csvIdealScale", "csvTeam", "csvPartners", "csvLinks" }.Select(k => labels[k])]);
            foreach (var a in model.Activities)
            {
                csv.WriteField(CsvCells.Neutralise(a.Id));
                csv.WriteField(CsvCells.Neutralise(a.Name));
                csv.WriteField(CsvCells.Neutralise(a.PackageId ?? string.Empty));
                csv.WriteField(a.PackageScale?.ToName() ?? string.Empty);
                csv.WriteField(a.IdealScale.ToName());
                csv.WriteField(CsvCells.Neutralise(string.Join('|', a.Team)));
                csv.WriteField(CsvCells.Neutralise(string.Join('|', a.TeamPartners)));
                csv.WriteField(CsvCells.Neutralise(string.Join('|', Links(model, a.PackageId))));
                csv.EndRecord();
            }
        }

        return writer.ToString();
    }

    /// <summary>
    /// The links of a package, one entry each: the other package, the intensity and the decision levels the two take
    /// together (step 5(2), seed 000:325), for example <c>P2 joint strategic+structural+operational</c>; <c>-</c> for none.
    /// </summary>
    private static IEnumerable<string> Links(ReportModel model, string? package)
        => package is null
            ? []
            : model.Links.Where(l => l.First == package || l.Second == package).Select(l =>
                (l.First == package ? l.Second : l.First) + " " + l.Intensity.ToName() + " "
                + (l.DecisionLevels.Count == 0 ? "-" : string.Join('+', l.DecisionLevels.Select(d => d.ToName()))));
}
