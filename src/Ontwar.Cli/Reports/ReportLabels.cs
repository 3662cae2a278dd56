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
        ["t1Complexity"] = ("Complexity and stability", "Eenvoudig of complex, stabiel of veranderlijk?"),
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
        ["t3Intro"] = ("The ideal plan ignores the practical rules; the realistic plan respects them. Cohesion between packages: ideal {0}, realistic {1}, so the rules together cost {2} ({3}). Each rule below stands for an inhibiting factor; the factors the scenario links to it say whether it can be removed. Its cost is what the realistic plan would gain without that rule alone.",
            "Het ideale plan negeert de praktische regels; het realistische plan volgt ze. Samenhang tussen pakketten: ideaal {0}, realistisch {1}; de regels samen kosten dus {2} ({3}). Elke regel hieronder staat voor een remmende factor; de factoren die het scenario eraan koppelt, zeggen of je ze kan wegwerken. De kost is wat het realistische plan zou winnen zonder enkel die regel."),
        ["t3Given"] = ("The plan shown above is a given plan: this table compares the scenario's ideal and realistic plans, both solved; the Samenwerk-check below assesses the plan shown.",
            "Het plan hierboven is een gegeven plan: deze tabel vergelijkt het ideale en het realistische plan van het scenario, allebei berekend; de Samenwerk-check hieronder beoordeelt het getoonde plan."),
        ["t3NoRules"] = ("The scenario has no rules: the ideal plan is the realistic plan, nothing deviates.", "Het scenario heeft geen regels: het ideale plan is het realistische plan, er is geen afwijking."),
        ["t3NotComputed"] = ("Not computed (--no-compare): the comparison needs extra solves. 'ontwar compare' computes it.", "Niet berekend (--no-compare): de vergelijking vraagt extra berekeningen. 'ontwar compare' maakt ze."),
        ["t3NoPlan"] = ("No comparison: there is no plan.", "Geen vergelijking: er is geen plan."),
        ["t3CostsSkipped"] = ("Each rule's own cost needs one more solve per rule; reports compute it only up to {0} activities and {1} rules. 'ontwar compare' computes it for any size.",
            "De kost van elke regel apart vraagt per regel een extra berekening; rapporten maken die enkel tot {0} activiteiten en {1} regels. 'ontwar compare' berekent ze voor elke omvang."),
        ["t3None"] = ("The rules change nothing: every activity has the same package companions, scale and team as in the ideal plan.",
            "De regels veranderen niets: elke activiteit heeft dezelfde pakketgenoten, schaal en team als in het ideale plan."),
        ["t3Factor"] = ("Inhibiting factor behind it (rule)", "Welke remmende factoren kan je niet wegwerken en zijn aanleiding om af te wijken?"),
        ["t3How"] = ("How it deviates", "Hoe wijk je af?"),
        ["t3Cost"] = ("Cost of this rule (extra cohesion cut)", "Kost van deze regel (extra samenhang tussen pakketten)"),
        ["t3Consequences"] = ("Possible consequences", "Wat zijn de mogelijke gevolgen?"),
        ["t3NoReason"] = ("no reason given", "geen reden opgegeven"),
        ["t3CostNotComputed"] = ("not computed", "niet berekend"),
        ["t3MayRelax"] = ("a scale below the ideal one can let more members join, so this cost can be negative", "een schaal onder de ideale kan meer leden toelaten, dus deze kost kan negatief zijn"),
        ["proven"] = ("proven", "bewezen"),
        ["estimate"] = ("estimate", "schatting"),
        ["ruleTogether"] = ("keep {0} in one package", "{0} in één pakket houden"),
        ["ruleApart"] = ("keep {0} in different packages", "{0} in verschillende pakketten houden"),
        ["ruleFixedScale"] = ("the package of {0} works at {1} (the activity's ideal scale: {2})", "het pakket van {0} werkt op schaal {1} (ideale schaal van de activiteit: {2})"),
        ["ruleMemberRequired"] = ("{0} in the team of {1}", "{0} in het team van {1}"),
        ["ruleMemberExcluded"] = ("{0} not in the team of {1}", "{0} niet in het team van {1}"),
        ["t3Broken"] = ("link {0} – {1} ({2}) now crosses packages", "verband {0} – {1} ({2}) loopt nu tussen pakketten"),
        ["t3Joined"] = ("link {0} – {1} ({2}) now inside a package", "verband {0} – {1} ({2}) ligt nu binnen een pakket"),
        ["t3Reexamine"] = ("performing together across packages: re-examine the split (000:931)", "samen uitvoeren over pakketten heen: de opsplitsing herbekijken (000:931)"),
        ["t3NoConsequence"] = ("no link of these activities changes side", "geen verband van deze activiteiten verandert van kant"),
        ["t3All"] = ("Every deviation of the realistic plan", "Alle afwijkingen van het realistische plan"),
        ["t3Package"] = ("package {0}: {1}", "pakket {0}: {1}"),
        ["t3ScaleChange"] = ("scale {0} instead of {1}", "schaal {0} in plaats van {1}"),
        ["t3TeamJoin"] = ("team gains {0}", "team krijgt er {0} bij"),
        ["t3TeamLeave"] = ("team loses {0}", "team verliest {0}"),
        ["check"] = ("Samenwerk-check", "Samenwerk-check"),
        ["checkNote"] = ("Right partners, right level, right form (000:600-622), asked of every plan at hand: the number of findings per question, then each finding.",
            "De juiste partners, op het juiste niveau, in de juiste vorm (000:600-622), gevraagd voor elk beschikbaar plan: het aantal bevindingen per vraag, dan elke bevinding."),
        ["cNoTeams"] = ("–: one package per function gives no teams, so partners and team sizes are not asked of it.", "–: één pakket per functie geeft geen teams, dus partners en teamgrootte worden er niet nagekeken."),
        ["cImprovement"] = ("Against {0}: this plan cuts {1} less cohesion, with {3} findings instead of {2}.", "Tegenover {0}: dit plan snijdt {1} minder samenhang door, met {3} bevindingen in plaats van {2}."),
        ["cWorse"] = ("Against {0}: this plan cuts {1} more cohesion, with {3} findings instead of {2}.", "Tegenover {0}: dit plan snijdt {1} meer samenhang door, met {3} bevindingen in plaats van {2}."),
        ["cFindings"] = ("Findings", "Bevindingen"),
        ["cPlan"] = ("Plan", "Plan"),
        ["cQuestion"] = ("Question", "Vraag"),
        ["cFinding"] = ("Finding", "Bevinding"),
        ["cNone"] = ("No findings: every package has all needed partners and only needed ones, at the right level.",
            "Geen bevindingen: elk pakket heeft alle nodige partners en enkel nodige, op het juiste niveau."),
        ["cMore"] = ("{0}: {1} more findings, counted in the table above.", "{0}: nog {1} bevindingen, geteld in de tabel hierboven."),
        ["planShown"] = ("this plan", "dit plan"),
        ["planCurrent"] = ("today's organisation", "huidige organisatie"),
        ["planPerFunction"] = ("one package per function", "één pakket per functie"),
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
        ["t1Goals"] = ("Goals served", "Welke doelen dient de activiteit?"),
        ["t1Stimulating"] = ("Potentially stimulating factors", "Wat zijn potentieel stimulerende factoren voor de samenwerking?"),
        ["t1Inhibiting"] = ("Potentially inhibiting factors", "Wat zijn potentieel remmende factoren voor de samenwerking?"),
        ["t1General"] = ("Factors for the whole challenge", "Factoren voor de hele uitdaging"),
        ["removable"] = ("removable", "kan weggewerkt worden"),
        ["notRemovable"] = ("cannot be removed", "kan niet weggewerkt worden"),
        ["t2Goals"] = ("Goals served", "Welke doelen dient het pakket?"),
        ["lDecisions"] = ("Decided together (000:325)", "Welke beslissingen nemen ze samen? (000:325)"),
        ["lDecisionsNone"] = ("nothing: they refer or share information", "geen: doorverwijzen of info delen volstaat"),
        ["lReason"] = ("{0} – {1}: {2} must be performed together across the two packages, and they decide together at every level; they are probably split while they belong together (000:325, 000:931).",
            "{0} – {1}: {2} moeten over de twee pakketten heen samen uitgevoerd worden, en ze beslissen op elk niveau samen; wellicht zijn ze opgesplitst terwijl ze samenhoren (000:325, 000:931)."),
        ["layerTitle"] = ("Coordination between packages: the core group", "Coördinatie tussen pakketten: de kerngroep"),
        ["layerNote"] = ("With several linked packages, one table sits above them, like the core group that facilitates and supports the action groups rather than deciding everything (000:419-437) or the regieteam around the buurtzorgregisseur (003:438-448). One seat per linked package, for the team member with the most cohesion to other packages.",
            "Met meerdere samenhangende pakketten komt er één tafel boven, zoals de kerngroep die de actiegroepen faciliteert en ondersteunt in plaats van alles te beslissen (000:419-437) of het regieteam rond de buurtzorgregisseur (003:438-448). Eén plaats per verbonden pakket, voor het teamlid met de meeste samenhang met andere pakketten."),
        ["layerPackage"] = ("Package", "Pakket"),
        ["layerSeat"] = ("Seat at the table", "Plaats aan tafel"),
        ["layerActor"] = ("Actor", "Actor"),
        ["layerOut"] = ("Cohesion to other packages", "Samenhang met andere pakketten"),
        ["layerDecides"] = ("The table decides together: {0}.", "Aan deze tafel beslis je samen: {0}."),
        ["layerNothing"] = ("nothing; it keeps the packages informed", "niets; ze houdt de pakketten op de hoogte"),
        ["layerTable"] = ("core group", "kerngroep"),
        ["loadsTitle"] = ("Load per actor (001:287)", "Belasting per actor (001:287)"),
        ["loadsNote"] = ("Actors at more than one table. Nobody can sit in ten networks (001:287); more than {0} tables is flagged in the Samenwerk-check.",
            "Actoren aan meer dan één tafel. Je kan niet in tien netwerken zitten (001:287); meer dan {0} tafels wordt gemeld in de Samenwerk-check."),
        ["loadActor"] = ("Actor", "Actor"),
        ["loadTables"] = ("Tables", "Tafels"),
        ["loadTooMany"] = ("too many", "te veel"),
        ["goalsTitle"] = ("Goals and the packages that serve them", "Doelen en de pakketten die ze dienen"),
        ["gGoal"] = ("Goal", "Doel"),
        ["gPackages"] = ("Served by", "Gediend door"),
        ["gNote"] = ("Remark", "Opmerking"),
        ["gUnserved"] = ("served by no package", "door geen enkel pakket gediend"),
        ["gSplit"] = ("split over packages that barely link: who keeps the goal shared?", "verdeeld over pakketten die nauwelijks samenhangen: wie houdt het doel gedeeld?"),
        ["gShort"] = ("short term", "korte termijn"),
        ["gLong"] = ("long term", "lange termijn"),
        ["t3Absorb"] = ("How to absorb the consequences", "Hoe ga je die gevolgen opvangen?"),
        ["t3Stimulating"] = ("Stimulating factors to use", "Welke stimulerende factoren kan je inzetten om de samenwerking te realiseren/optimaliseren?"),
        ["t3RemovableTitle"] = ("Inhibiting factors you can remove", "Welke remmende factoren voor je samenwerking kan je wegwerken?"),
        ["t3FactorWhere"] = ("{0} (in {1})", "{0} (in {1})"),
        ["t3NoFactors"] = ("none given in the scenario", "geen opgegeven in het scenario"),
        ["t3RemovableRule"] = ("this factor can be removed: then the rule and its cost go", "deze factor kan weggewerkt worden: dan vervallen de regel en zijn kost"),
        ["t3Moved"] = ("{0} leaves {1} and joins {2} (realistic package {3})", "{0} verlaat {1} en komt bij {2} (realistisch pakket {3})"),
        ["t3MovedAlone"] = ("{0} leaves {1} and forms a package of its own (realistic package {2})", "{0} verlaat {1} en vormt een eigen pakket (realistisch pakket {2})"),
        ["t3MovedStays"] = ("{0} leaves {1} and stays with {2} (realistic package {3})", "{0} verlaat {1} en blijft bij {2} (realistisch pakket {3})"),
        ["andMore"] = ("{0} and {1} more", "{0} en nog {1}"),
        ["t3MovedJoins"] = ("{0} joins {1} (realistic package {2})", "{0} komt bij {1} (realistisch pakket {2})"),
        ["t3MovedNowhere"] = ("{0} is in no realistic package", "{0} zit in geen enkel realistisch pakket"),
        ["t3NewPackage"] = ("new package {0} ({1}), without ideal counterpart", "nieuw pakket {0} ({1}), zonder tegenhanger in het ideale plan"),
        ["t3LostPackage"] = ("the ideal package {0} ({1}) has no realistic counterpart", "het ideale pakket {0} ({1}) heeft geen realistische tegenhanger"),
        ["t3IntensityChange"] = ("intensity inside {0} instead of {1}", "intensiteit binnen {0} in plaats van {1}"),
        ["t3CoordinationChange"] = ("coordination {0} instead of {1}", "coördinatie {0} in plaats van {1}"),
        ["t3DecisionChange"] = ("the team decides {0} instead of {1}", "het team beslist {0} in plaats van {1}"),
        ["t3Link"] = ("link {0}: {1}", "verband {0}: {1}"),
        ["t3LinkIntensity"] = ("intensity {0} instead of {1}", "intensiteit {0} in plaats van {1}"),
        ["t3LinkDecisions"] = ("decided together: {0} instead of {1}", "samen beslist: {0} in plaats van {1}"),
        ["t3LinkNew"] = ("new link between {0}", "nieuw verband tussen {0}"),
        ["t3LinkGone"] = ("the ideal link between {0} disappears", "het ideale verband tussen {0} verdwijnt"),
        ["none"] = ("none", "geen"),
        ["nothing"] = ("nothing", "niets"),
        ["t3CostsNothing"] = ("the rule costs nothing: without it the plan cuts exactly as much, so no link changes because of it", "de regel kost niets: zonder de regel snijdt het plan evenveel door, dus geen verband verandert erdoor"),
        ["t3EffectScale"] = ("package {0} works at {1}", "pakket {0} werkt op schaal {1}"),
        ["t3EffectMember"] = ("{0} sits in the team of package {1}", "{0} zit in het team van pakket {1}"),
        ["t3EffectExcluded"] = ("{0} stays out of the team of package {1}", "{0} blijft buiten het team van pakket {1}"),
        ["mJoint"] = ("{0} and {1} still have to be performed together across packages: set up {2} between the two teams and decide together on {3} (000:619-622)",
            "{0} en {1} moeten nog altijd samen uitgevoerd worden over pakketten heen: zet {2} op tussen de twee teams en beslis samen over {3} (000:619-622)"),
        ["mAlign"] = ("align {0} and {1} between the teams: {2}", "stem {0} en {1} af tussen de teams: {2}"),
        ["mInfo"] = ("share information between {0} and {1}: {2}", "deel info tussen {0} en {1}: {2}"),
        ["mReferral"] = ("agree how {0} and {1} refer to each other: {2}", "spreek af hoe {0} en {1} naar elkaar doorverwijzen: {2}"),
        ["mScaleUp"] = ("package {0} works at {1}, larger than {2}, where the ideal plan organises it with {3}: keep someone who works at {2} in touch with it, so the close collaboration is not lost (000:870-872)",
            "pakket {0} werkt op schaal {1}, ruimer dan {2}, waar het ideale plan het organiseert met {3}: houd iemand die op schaal {2} werkt erbij betrokken, zodat de nauwe samenwerking niet verloren gaat (000:870-872)"),
        ["mScaleDown"] = ("package {0} works at {1}, smaller than {2}, where the ideal plan organises it with {3}: check that the members at this scale can still carry it",
            "pakket {0} werkt op schaal {1}, kleiner dan {2}, waar het ideale plan het organiseert met {3}: ga na of de leden op deze schaal het nog kunnen dragen"),
        ["mFilling"] = ("{0} holds no capability package {1} needs: give them a clear role at the table, or a light seat, so the goal stays clear (000:912)",
            "{0} heeft geen capaciteit die pakket {1} nodig heeft: geef die een duidelijke rol aan tafel, of een lichte plaats, zodat het doel helder blijft (000:912)"),
        ["mNone"] = ("nothing to absorb", "niets op te vangen"),
        ["mReexamine"] = ("if the two teams must decide together at every level, re-examine whether the split is needed at all (000:931)", "als de twee teams op elk niveau samen moeten beslissen, herbekijk dan of de opsplitsing wel nodig is (000:931)"),
        ["stable"] = ("stable", "stabiel"),
        ["changing"] = ("changing", "veranderlijk"),
        ["cGoalTitle"] = ("Goals: shared and carried by all partners? (000:603)", "Doel(en): gedeeld en gedragen bij alle partners? (000:603)"),
        ["cGoalAnswer"] = ("Answer", "Antwoord"),
        ["cGoalShared"] = ("every partner at the table contributes to each of its goals", "elke partner aan tafel draagt bij aan elk van zijn doelen"),
        ["cGoalNone"] = ("its activities serve none of the goals: what is this collaboration for?", "zijn activiteiten dienen geen van de doelen: waarvoor dient deze samenwerking?"),
        ["cGoalGrowth"] = ("'{0}' is not yet carried by {1}: a growth path may be needed", "'{0}' wordt nog niet gedragen door {1}: misschien is een groeitraject nodig"),
        ["csvLinks"] = ("packageLinks", "pakketverbanden"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (string En, string Nl)> CheckCodeTexts = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        [CheckCodes.MissingPartner] = ("a needed partner is missing", "een nodige partner ontbreekt"),
        [CheckCodes.SuperfluousPartner] = ("a partner is not needed", "een partner is niet nodig"),
        [CheckCodes.TeamSizeOutsideLimits] = ("team size outside the limits", "teamgrootte buiten de grenzen"),
        [CheckCodes.ScaleNotSmallestIdeal] = ("not the smallest ideal scale", "niet de kleinste ideale schaal"),
        [CheckCodes.JointExecutionAcrossPackages] = ("performing together across packages", "samen uitvoeren over pakketten heen"),
        [CheckCodes.SplitFromStrongestPartner] = ("split from its strongest partner", "gescheiden van de sterkste partner"),
        [CheckCodes.ActivityNotOrganised] = ("activity not organised", "activiteit niet georganiseerd"),
        [CheckCodes.GoalNotShared] = ("goal not carried by every partner (000:603)", "doel niet door elke partner gedragen (000:603)"),
        [CheckCodes.PackageWithoutGoal] = ("package serves no goal", "pakket dient geen doel"),
        [CheckCodes.GoalUnserved] = ("goal served by no package", "doel door geen pakket gediend"),
        [CheckCodes.GoalSplit] = ("goal split over barely linked packages", "doel verdeeld over nauwelijks verbonden pakketten"),
        [CheckCodes.ActorOverloaded] = ("actor at too many tables (001:287)", "actor aan te veel tafels (001:287)"),
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

    /// <summary>The name of a collaboration form in this language: the seed's Dutch term, or English words.</summary>
    internal string Form(CollaborationForm form) => Language == ReportLanguage.Dutch ? form.ToDutch() : form switch
    {
        CollaborationForm.None => "none",
        CollaborationForm.Procedures => "procedures or care pathways",
        CollaborationForm.AdHocAlignment => "ad hoc alignment",
        CollaborationForm.AlignedIt => "aligned IT",
        CollaborationForm.PeriodicConsultation => "periodic consultation",
        CollaborationForm.LearningCommunity => "learning community",
        CollaborationForm.Partnership => "temporary or permanent partnership",
        CollaborationForm.Team => "temporary or permanent team",
        _ => "network governance",
    };

    /// <summary>The question of the Samenwerk-check a finding code answers, in this language (unknown codes as they are).</summary>
    internal string CheckCode(string code) => CheckCodeTexts.TryGetValue(code, out var t) ? (Language == ReportLanguage.Dutch ? t.Nl : t.En) : code;

    /// <summary>The name of a coordination in this language.</summary>
    internal string Coordination(Coordination coordination) => Language == ReportLanguage.Dutch
        ? coordination.ToDutch()
        : coordination == Interpretation.Coordination.Hierarchical ? "hierarchical" : "decentralised";

    /// <summary>The name of a decision level in this language.</summary>
    internal string Decision(DecisionLevel level) => Language == ReportLanguage.Dutch ? level.ToDutch() : level.ToName();

    /// <summary>The name of a stability in this language.</summary>
    internal string Stability(Stability stability) => this[stability == Ontwar.Stability.Stable ? "stable" : "changing"];

    /// <summary>A finding's message in this language.</summary>
    internal string Finding(CheckFinding finding) => Language == ReportLanguage.Dutch ? finding.DutchMessage : finding.Message;

    /// <summary>Complexity and stability together, as worksheet table 2 asks them (000:695): for example "simple and stable".</summary>
    internal string Character(Complexity complexity, Stability stability) => Language == ReportLanguage.Dutch
        ? (complexity == Ontwar.Complexity.Simple ? "eenvoudig" : "complex") + " en " + Stability(stability)
        : (complexity == Ontwar.Complexity.Simple ? "simple" : "complex") + " and " + Stability(stability);
}
