using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using Xunit;

namespace Ontwar.Packaging.Tests;

/// <summary>
/// The packages work outside the solution: <c>dotnet pack</c> writes Ontwar and Ontwar.Tool (with symbol
/// packages) into a temporary feed; a fresh console app in a temporary folder, which no Directory.Build.props of the
/// repository reaches, references the packed Ontwar from that feed and runs docs/getting-started.md's program (bundled Maria); the tool installs
/// into a tool path and answers <c>--help</c>. The packages' contents (README, XML docs, metadata) are checked too.
/// </summary>
[Collection(ExternalBuilds.Name)]
public sealed class PackageTests : IClassFixture<PackageTests.Feed>
{
    private readonly Feed _feed;

    public PackageTests(Feed feed) => _feed = feed;

    [Theory]
    [InlineData("Ontwar", "Ontwar")]
    public void Library_packages_carry_both_frameworks_xml_docs_readme_metadata_and_symbols(string id, string assembly)
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath(id, "nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (string tfm in new[] { "net8.0", "net10.0" })
        {
            Assert.Contains($"lib/{tfm}/{assembly}.dll", entries);
            Assert.Contains($"lib/{tfm}/{assembly}.xml", entries);
        }

        Assert.Contains("README.md", entries);
        AssertMetadata(package, id);

        using var symbols = ZipFile.OpenRead(_feed.PackagePath(id, "snupkg"));
        Assert.Contains(symbols.Entries, e => e.FullName == $"lib/net10.0/{assembly}.pdb");
    }

    [Fact]
    public void The_tool_package_holds_the_ontwar_command()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath("Ontwar.Tool", "nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("tools/net10.0/any/Ontwar.Cli.dll", entries);
        Assert.Contains("README.md", entries);
        var settings = package.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
        using var stream = settings.Open();
        Assert.Equal("ontwar", XDocument.Load(stream).Descendants("Command").Single().Attribute("Name")!.Value);
        AssertMetadata(package, "Ontwar.Tool");
    }

    [Fact]
    public void A_fresh_console_app_runs_the_getting_started_program_with_the_packed_library()
    {
        string app = Path.Combine(_feed.Root, "app");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "PackTestApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Ontwar" Version="{_feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        // The program is docs/getting-started.md's, verbatim: it must run with nothing but the package (Maria is bundled).
        File.WriteAllText(Path.Combine(app, "Program.cs"), GettingStartedProgram(_feed.RepoRoot));

        var run = Feed.Dotnet(app, "run");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Optimal by ", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"packages\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_installs_into_a_tool_path_and_shows_help()
    {
        string tools = Path.Combine(_feed.Root, "tools");
        var install = Feed.Dotnet(_feed.Root, "tool", "install", "Ontwar.Tool", "--version", _feed.Version, "--tool-path", tools, "--configfile", _feed.NuGetConfig);
        Assert.True(install.ExitCode == 0, install.ToString());
        var help = Feed.Run(_feed.Root, Path.Combine(tools, "ontwar"), "--help");
        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.Contains("solve", help.Output, StringComparison.Ordinal);
        Assert.Contains("validate", help.Output, StringComparison.Ordinal);
    }

    /// <summary>The first C# block after "Replace `Program.cs` with:" in docs/getting-started.md.</summary>
    private static string GettingStartedProgram(string repoRoot)
    {
        string page = File.ReadAllText(Path.Combine(repoRoot, "docs", "getting-started.md"));
        int from = page.IndexOf("Replace `Program.cs` with:", StringComparison.Ordinal);
        Assert.True(from >= 0, "docs/getting-started.md no longer says which Program.cs to write");
        int open = page.IndexOf("```csharp\n", from, StringComparison.Ordinal) + "```csharp\n".Length;
        int close = page.IndexOf("\n```", open, StringComparison.Ordinal);
        return page[open..close] + "\n";
    }

    private static void AssertMetadata(ZipArchive package, string id)
    {
        var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? string.Empty;
        Assert.Equal(id, Value("id"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.False(string.IsNullOrWhiteSpace(Value("releaseNotes")));
        Assert.Contains("zorgzame-buurten", Value("tags"), StringComparison.Ordinal);
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("https://github.com/ontwar/ontwar", repository.Attribute("url")!.Value);
    }

    /// <summary>Packs the two projects once into a temporary feed shared by the tests of this class.</summary>
    public sealed class Feed : IDisposable
    {
        private static readonly string[] Projects = ["src/Ontwar/Ontwar.csproj", "src/Ontwar.Cli/Ontwar.Cli.csproj"];

        public Feed()
        {
            RepoRoot = FindRepoRoot();
            Root = Directory.CreateTempSubdirectory("ontwar-pack-").FullName;
            string feed = Path.Combine(Root, "feed");

            // Pack in the configuration the tests were built in, without building: the test project's build has built the
            // three projects for every target framework (its project references), so packing takes seconds.
            // A version of this run only: restores use the ordinary global packages folder (OR-Tools and the rest are
            // there already, nothing is copied), and no copy of an earlier run's packages can be picked up instead.
            string version = "0.0.0-packtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
            string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
            foreach (string project in Projects)
            {
                var pack = Dotnet(RepoRoot, "pack", Path.Combine(RepoRoot, project), "-c", configuration, "--no-build", "-o", feed, "-p:PackageVersion=" + version);
                Assert.True(pack.ExitCode == 0, pack.ToString());
                Assert.DoesNotContain("warning", pack.Output, StringComparison.OrdinalIgnoreCase);
            }

            Version = version;

            // nuget.config in Root is found by restores of projects below it (the app) and named explicitly elsewhere.
            // The packed feed first, then the global packages folder (offline copies of the dependencies), then the
            // repository's own sources.
            var sources = new List<string> { feed };
            if (Directory.Exists(GlobalPackages))
            {
                sources.Add(GlobalPackages);
            }

            var repoConfig = XDocument.Load(Path.Combine(RepoRoot, "nuget.config"));
            sources.AddRange(repoConfig.Descendants("packageSources").Elements("add").Select(e => e.Attribute("value")!.Value));
            NuGetConfig = Path.Combine(Root, "nuget.config");
            new XDocument(new XElement(
                "configuration",
                new XElement("packageSources", new XElement("clear"), sources.Select((s, i) => new XElement("add", new XAttribute("key", $"source{i}"), new XAttribute("value", s))))))
                .Save(NuGetConfig);

            // Stop MSBuild's upward search for Directory.Build.* and central package management here.
            File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />");
            File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>");
        }

        private static string GlobalPackages =>
            Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } p ? p : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

        public string RepoRoot { get; }

        public string Root { get; }

        public string NuGetConfig { get; }

        public string Version { get; }

        public string PackagePath(string id, string extension) => Path.Combine(Root, "feed", $"{id}.{Version}.{extension}");

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);

                // The run's packages in the global packages folder: nothing else will ever ask for this version.
                foreach (string id in new[] { "ontwar", "ontwar.cbc", "ontwar.tool" })
                {
                    string restored = Path.Combine(GlobalPackages, id, Version);
                    if (Directory.Exists(restored))
                    {
                        Directory.Delete(restored, recursive: true);
                    }
                }
            }
            catch (IOException)
            {
                // A tool process may still hold a file; the temporary folder is cleaned by the system later.
            }
        }

        internal static Result Dotnet(string directory, params string[] arguments) => Run(directory, "dotnet", arguments);

        internal static Result Run(string directory, string command, params string[] arguments)
        {
            var start = new ProcessStartInfo(command)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string a in arguments)
            {
                start.ArgumentList.Add(a);
            }

            // The test host runs under `dotnet test`; its MSBuild variables would point a child build at the wrong SDK parts.
            foreach (string key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(key);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
            }

            return new Result($"{command} {string.Join(' ', arguments)}", process.HasExited ? process.ExitCode : -1, output, error.Result);
        }

        internal static string FindRepoRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Ontwar.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException($"No Ontwar.sln above {AppContext.BaseDirectory}.");
        }
    }

    internal sealed record Result(string Command, int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"{Command} exited {ExitCode}\n{Output}\n{Error}";
    }
}
