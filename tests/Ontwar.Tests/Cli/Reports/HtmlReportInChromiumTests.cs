using System.Globalization;
using Ontwar.Cli.Reports;
using Xunit;

namespace Ontwar.Tests.Cli.Reports;

/// <summary>
/// The HTML report in a real browser: headless Chromium (Debian's chromium) loads each sample's report without a
/// console error and takes a screenshot, kept with the report in the test output's <c>screenshots</c> folder for
/// people (and CI artefacts) to look at.
/// </summary>
public sealed class HtmlReportInChromiumTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Theory]
    [InlineData("maria", "en")]
    [InlineData("stederen", "nl")]
    public void The_report_loads_without_console_errors_and_renders_a_screenshot(string which, string lang)
    {
        var chromium = ExternalTool.Require(Chromium, "chromium");
        var folder = Directory.CreateTempSubdirectory("ontwar-report-");
        try
        {
            var model = which == "maria" ? ReportSamples.Maria : ReportSamples.Stederen;
            var output = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
            var report = Path.Combine(output, which + "-" + lang + ".html");
            var png = Path.Combine(output, which + "-" + lang + ".png");
            File.Delete(png);
            File.WriteAllText(report, HtmlReportWriter.Write(model, ReportLabels.For(lang)));
            var run = ExternalTool.Execute(
                chromium,
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + Path.Combine(folder.FullName, "profile"),
                    "--enable-logging=stderr", "--v=0",
                    "--screenshot=" + png, "--window-size=1280,2000",
                    new Uri(report).AbsoluteUri,
                ],
                null,
                TimeSpan.FromSeconds(90));

            Assert.True(File.Exists(png), $"no screenshot; chromium exited {run.ExitCode}:\n{run.Stderr}");
            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.Length > 20_000, string.Create(CultureInfo.InvariantCulture, $"the screenshot is only {bytes.Length} bytes: nothing rendered?"));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.Take(4));
            // The page has no script, so any console message (Chromium logs them as ":CONSOLE:" or "CONSOLE(") is a fault.
            var consoleErrors = run.Stderr.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal) || l.Contains("CONSOLE(", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal)).ToList();
            Assert.True(consoleErrors.Count == 0, "console errors:\n" + string.Join('\n', consoleErrors));
            Assert.DoesNotContain("net::ERR_", run.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
