using System.Collections.Frozen;
using Ontwar.Interpretation;

namespace Ontwar.Cli.Reports;

/// <summary>The language of a report's labels: English, or the Dutch terms of the seed (<c>--lang nl</c>).</summary>
internal enum ReportLanguage
{
    /// <summary>English labels (the default).</summary>
    English,

    /// <summary>Dutch labels, with the worksheet's own column questions (seed 000, tables 1-3, lines 680-700).</summary>
    Dutch,
}

/// <summary>
/// Every label a report prints, in English and in Dutch. The Dutch column names are the questions of the seed's
/// worksheet ("invultabel", 000:680-700) shortened to headings; scale, intensity, coordination and decision-level
/// names come from <see cref="DomainNames"/> and <see cref="InterpretationNames"/>.
/// </summary>
internal sealed class ReportLabels
{
    private static readonly FrozenDictionary<string, (string En, string Nl)> Texts = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["title"] = ("Activity packages", "Activiteitenpakketten"),
        ["subtitle"] = ("Ontwar de bomen (en het bos): the plan explained in the method's terms", "Ontwar de bomen (en het bos): het plan uitgelegd in de termen van de methode"),
        ["summary"] = ("Summary", "Samenvatting"),
        ["status"] = ("Status", "Status"),
        ["engine"] = ("Engine", "Rekenmethode"),
        ["elapsed"] = ("Time", "Rekentijd"),
        ["cut"] = ("Cohesion between packages (cut)", "Samenhang tussen pakketten (snede)"),
        ["bound"] = ("Proven lower bound", "Bewezen ondergrens"),
        ["gap"] = ("Gap", "Kloof"),
        ["inside"] = ("Cohesion inside packages", "Samenhang binnen pakketten"),
        ["packages"] = ("Packages", "Pakketten"),
        ["rules"] = ("Rules", "Regels"),
        ["rulesNone"] = ("none", "geen"),
        ["rulesApplied"] = ("{0} applied (realistic plan)", "{0} toegepast (realistisch plan)"),
        ["rulesIgnored"] = ("{0} ignored (ideal plan)", "{0} genegeerd (ideaal plan)"),
        ["unknown"] = ("unknown", "onbekend"),
        ["noPlan"] = ("No plan to show: see the diagnostics.", "Geen plan om te tonen: zie de meldingen."),
        ["statusOptimal"] = ("optimal", "optimaal"),
        ["statusFeasible"] = ("feasible", "haalbaar"),
        ["statusInfeasible"] = ("infeasible", "onhaalbaar"),
        ["statusUnknown"] = ("unknown", "onbekend"),
        ["statusGiven"] = ("given plan (not solved)", "gegeven plan (niet berekend)"),
        ["dsm"] = ("Dependency structure matrix (DSM)", "Afhankelijkheidsmatrix (DSM)"),
        ["dsmNote"] = ("Rows and columns ordered by package, strongly linked packages and activities next to each other (spectral order); a darker cell is a stronger link; outlined blocks are packages. Cohesion inside the blocks is wanted, outside them it is coordination between packages.",
            "Rijen en kolommen gerangschikt per pakket, sterk samenhangende pakketten en activiteiten naast elkaar (spectrale volgorde); hoe donkerder de cel, hoe sterker de samenhang; de omlijnde blokken zijn de pakketten. Samenhang binnen een blok is gewenst, erbuiten vraagt ze afstemming tussen pakketten."),
        ["dsmPackageLevel"] = ("The scenario has {0} activities, more than {1}: the matrix shows packages instead of activities (the diagonal is the cohesion inside a package).",
            "Het scenario telt {0} activiteiten, meer dan {1}: de matrix toont pakketten in plaats van activiteiten (op de diagonaal de samenhang binnen een pakket)."),
        ["graph"] = ("Package graph", "Pakkettengraaf"),
        ["graphNote"] = ("A circle per package, sized by its number of activities; a line per link between packages, as thick as its cohesion and coloured by the intensity it needs.",
            "Een cirkel per pakket, zo groot als het aantal activiteiten; een lijn per verband tussen pakketten, zo dik als de samenhang en gekleurd naar de nodige samenwerkingsintensiteit."),
        ["graphNoLinks"] = ("The packages are not linked: no coordination between them is needed.", "De pakketten hangen niet samen: er is geen afstemming tussen pakketten nodig."),
        ["table1"] = ("Table 1: activities", "Tabel 1: activiteiten"),
        ["t1Activity"] = ("Activity", "Welke activiteiten zijn nodig?"),
        ["t1Ideal"] = ("Ideal scale", "Ideale schaal"),
        ["t1Partners"] = ("Potential partners with the capabilities", "Potentiële partners met de capaciteiten"),
        ["t1Requires"] = ("Capabilities needed", "Nodige capaciteiten"),
        ["t1Complexity"] = ("Complexity", "Complexiteit"),
        ["t1Package"] = ("Package", "Pakket"),
        ["table2"] = ("Table 2: activity packages", "Tabel 2: activiteitenpakketten"),
        ["t2Package"] = ("Package", "Activiteitenpakket"),
        ["t2Activities"] = ("Activities that belong together", "Welke activiteiten hangen samen?"),
        ["t2Scale"] = ("Scale of the package", "Schaal van het pakket (werkingsgebied)"),
        ["t2Partners"] = ("Partners needed", "Welke partners zijn nodig?"),
        ["t2Team"] = ("Team", "Team"),
        ["t2Intensity"] = ("Intensity inside", "Samenwerkingsintensiteit binnen het pakket"),
        ["t2Coordination"] = ("Coordination inside", "Coördinatie binnen het pakket"),
        ["t2Decisions"] = ("Decisions in the team", "Beslissingen in het team"),
        ["t2Between"] = ("Between packages", "Tussen pakketten"),
        ["linksTitle"] = ("Links between packages", "Verbanden tussen pakketten"),
        ["lPackages"] = ("Packages", "Pakketten"),
        ["lWeight"] = ("Cohesion", "Samenhang"),
        ["lIntensity"] = ("Intensity between packages", "Samenwerkingsintensiteit tussen pakketten"),
        ["lCoordination"] = ("Coordination between packages", "Coördinatie tussen pakketten"),
        ["lForms"] = ("Collaboration forms", "Samenwerkingsvormen"),
        ["lReexamine"] = ("Re-examine the split", "Opsplitsing herbekijken"),
        ["yes"] = ("yes", "ja"),
        ["no"] = ("no", "nee"),
        ["needed"] = ("needed", "nodig"),
        ["filling"] = ("filling", "aanvullend"),
        ["table3"] = ("Table 3: deviations from the ideal plan", "Tabel 3: afwijkingen van de ideale samenwerking"),
        ["t3Intro"] = ("The ideal plan ignores the practical rules; the realistic plan respects them. Cohesion between packages: ideal {0}, realistic {1}, so the rules cost {2}.",
            "Het ideale plan negeert de praktische regels; het realistische plan volgt ze. Samenhang tussen pakketten: ideaal {0}, realistisch {1}; de regels kosten dus {2}."),
        ["t3IntroGiven"] = ("This plan against the ideal plan, which ignores the practical rules. Cohesion between packages: ideal {0}, this plan {1}, a difference of {2}.",
            "Dit plan naast het ideale plan, dat de praktische regels negeert. Samenhang tussen pakketten: ideaal {0}, dit plan {1}, een verschil van {2}."),
        ["t3NoRules"] = ("The scenario has no rules: the ideal plan is the realistic plan, nothing deviates.", "Het scenario heeft geen regels: het ideale plan is het realistische plan, er is geen afwijking."),
        ["t3None"] = ("The rules change nothing: every activity has the same package companions, scale and team as in the ideal plan.",
            "De regels veranderen niets: elke activiteit heeft dezelfde pakketgenoten, schaal en team als in het ideale plan."),
        ["t3Unavailable"] = ("No comparison: {0}.", "Geen vergelijking: {0}."),
        ["t3Activity"] = ("Activity", "Activiteit"),
        ["t3Factor"] = ("Obstacle (rule) behind it", "Welke remmende factoren zijn aanleiding om af te wijken?"),
        ["t3How"] = ("How it deviates", "Hoe wijk je af?"),
        ["t3Cost"] = ("Cost (extra cohesion cut)", "Kost (extra samenhang tussen pakketten)"),
        ["t3Consequences"] = ("Possible consequences", "Wat zijn de mogelijke gevolgen?"),
        ["t3NoFactor"] = ("no rule names this activity: it moves because others do", "geen regel noemt deze activiteit: ze verschuift omdat andere verschuiven"),
        ["t3Together"] = ("together with {0} instead of {1}", "samen met {0} in plaats van {1}"),
        ["t3AloneNow"] = ("alone instead of together with {0}", "alleen in plaats van samen met {0}"),
        ["t3NoLongerAlone"] = ("together with {0} instead of alone", "samen met {0} in plaats van alleen"),
        ["t3ScaleChange"] = ("scale {0} instead of {1}", "schaal {0} in plaats van {1}"),
        ["t3TeamJoin"] = ("team gains {0}", "team krijgt er {0} bij"),
        ["t3TeamLeave"] = ("team loses {0}", "team verliest {0}"),
        ["t3Broken"] = ("link with {0} ({1}) now crosses packages", "verband met {0} ({1}) loopt nu tussen pakketten"),
        ["t3Joined"] = ("link with {0} ({1}) now inside a package", "verband met {0} ({1}) ligt nu binnen een pakket"),
        ["t3Reexamine"] = ("performing together across packages: re-examine the split (000:931)", "samen uitvoeren over pakketten heen: de opsplitsing herbekijken (000:931)"),
        ["t3NoConsequence"] = ("no link changes", "geen verband verandert"),
        ["check"] = ("Samenwerk-check", "Samenwerk-check"),
        ["checkNote"] = ("Right partners, right level, right form (000:600-622), checked on every plan at hand.",
            "De juiste partners, op het juiste niveau, in de juiste vorm (000:600-622), nagekeken voor elk beschikbaar plan."),
        ["cPlan"] = ("Plan", "Plan"),
        ["cAspect"] = ("Aspect", "Aspect"),
        ["cSeverity"] = ("Severity", "Ernst"),
        ["cFinding"] = ("Finding", "Bevinding"),
        ["cNone"] = ("No findings: every package has all needed partners and only needed ones, at the right level.",
            "Geen bevindingen: elk pakket heeft alle nodige partners en enkel nodige, op het juiste niveau."),
        ["cCut"] = ("{0}: {1} packages, cohesion between packages {2}.", "{0}: {1} pakketten, samenhang tussen pakketten {2}."),
        ["planShown"] = ("this plan", "dit plan"),
        ["planCurrent"] = ("today's organisation", "huidige organisatie"),
        ["planPerFunction"] = ("one package per function", "één pakket per functie"),
        ["aspectPartners"] = ("partners", "partners"),
        ["aspectLevel"] = ("level", "niveau"),
        ["aspectForm"] = ("form", "vorm"),
        ["aspectTeam"] = ("team", "team"),
        ["aspectPlan"] = ("plan", "plan"),
        ["sevError"] = ("error", "fout"),
        ["sevWarning"] = ("warning", "waarschuwing"),
        ["sevInfo"] = ("info", "info"),
        ["diagnostics"] = ("Diagnostics", "Meldingen"),
        ["diagnosticsNone"] = ("none", "geen"),
        ["legendIntensity"] = ("Intensity", "Intensiteit"),
        ["footer"] = ("Made by ontwar; every number can be recomputed with 'ontwar evaluate'.", "Gemaakt met ontwar; elk getal kan herberekend worden met 'ontwar evaluate'."),
        ["csvActivity"] = ("activity", "activiteit"),
        ["csvName"] = ("name", "naam"),
        ["csvPackage"] = ("package", "pakket"),
        ["csvScale"] = ("scale", "schaal"),
        ["csvIdealScale"] = ("idealScale", "idealeSchaal"),
        ["csvTeam"] = ("team", "team"),
        ["csvPartners"] = ("partners", "partners"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private ReportLabels(ReportLanguage language) => Language = language;

    /// <summary>English labels.</summary>
    internal static ReportLabels English { get; } = new(ReportLanguage.English);

    /// <summary>Dutch labels.</summary>
    internal static ReportLabels Dutch { get; } = new(ReportLanguage.Dutch);

    /// <summary>The language.</summary>
    internal ReportLanguage Language { get; }

    /// <summary>The <c>lang</c> attribute of an HTML page in this language.</summary>
    internal string HtmlLang => Language == ReportLanguage.Dutch ? "nl" : "en";

    /// <summary>Every label key, for tests that check both languages are complete.</summary>
    internal static IEnumerable<string> Keys => Texts.Keys;

    /// <summary>The labels of <c>--lang</c>: <c>en</c> or <c>nl</c>.</summary>
    /// <exception cref="ArgumentException">Another code.</exception>
    internal static ReportLabels For(string code) => code switch
    {
        "en" => English,
        "nl" => Dutch,
        _ => throw new ArgumentException($"Unknown report language '{code}'; expected en or nl.", nameof(code)),
    };

    /// <summary>A label.</summary>
    /// <exception cref="KeyNotFoundException">No such label.</exception>
    internal string this[string key]
    {
        get
        {
            var (en, nl) = Texts[key];
            return Language == ReportLanguage.Dutch ? nl : en;
        }
    }

    /// <summary>A label with its <c>{0}</c>, <c>{1}</c> ... filled in.</summary>
    internal string Format(string key, params object[] args)
        => string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], args);

    /// <summary>The name of a scale in this language.</summary>
    internal string Scale(Scale scale) => Language == ReportLanguage.Dutch ? scale.ToDutch() : scale switch
    {
        Ontwar.Scale.LivedNeighbourhood => "lived neighbourhood",
        Ontwar.Scale.GeographicNeighbourhood => "geographic neighbourhood",
        Ontwar.Scale.Municipality => "municipality and its rim",
        Ontwar.Scale.LocalRegion => "local region",
        _ => "supra-local region",
    };

    /// <summary>The name of an intensity in this language.</summary>
    internal string Intensity(Intensity intensity) => Language == ReportLanguage.Dutch ? intensity.ToDutch() : intensity switch
    {
        Ontwar.Intensity.Referral => "referral",
        Ontwar.Intensity.Information => "information sharing",
        Ontwar.Intensity.Alignment => "aligning activities",
        _ => "performing together",
    };

    /// <summary>The name of a coordination in this language.</summary>
    internal string Coordination(Coordination coordination) => Language == ReportLanguage.Dutch
        ? coordination.ToDutch()
        : coordination == Interpretation.Coordination.Hierarchical ? "hierarchical" : "decentralised";

    /// <summary>The name of a decision level in this language.</summary>
    internal string Decision(DecisionLevel level) => Language == ReportLanguage.Dutch ? level.ToDutch() : level.ToName();

    /// <summary>The name of a complexity in this language.</summary>
    internal string Complexity(Complexity complexity) => Language == ReportLanguage.Dutch
        ? (complexity == Ontwar.Complexity.Simple ? "eenvoudig en stabiel" : "complex en veranderlijk")
        : (complexity == Ontwar.Complexity.Simple ? "simple and stable" : "complex and changing");
}
