using TradeScope.Core;

namespace TradeScope.Resources;

// One property per key of Strings.resx (English) and Strings.ru.resx (Russian), in alphabetical order.
public static partial class Strings
{
    /// <summary>"a flow of the pair is missing, turnover unknown"</summary>
    public static Bilingual AFlowOfThePairIsMissingTurnoverUnknown => Phrase(nameof(AFlowOfThePairIsMissingTurnoverUnknown));

    /// <summary>"About"</summary>
    public static Bilingual About => Phrase(nameof(About));

    /// <summary>"Actual"</summary>
    public static Bilingual Actual => Phrase(nameof(Actual));

    /// <summary>"Actual / predicted"</summary>
    public static Bilingual ActualToPredicted => Phrase(nameof(ActualToPredicted));

    /// <summary>"Adj. R²"</summary>
    public static Bilingual AdjustedRSquared => Phrase(nameof(AdjustedRSquared));

    /// <summary>"all trade of the rest of the world is with the group"</summary>
    public static Bilingual AllTradeOfTheRestOfTheWorldIsWithTheGroup => Phrase(nameof(AllTradeOfTheRestOfTheWorldIsWithTheGroup));

    /// <summary>"Assumption"</summary>
    public static Bilingual Assumption => Phrase(nameof(Assumption));

    /// <summary>"BP"</summary>
    public static Bilingual BP => Phrase(nameof(BP));

    /// <summary>"BP (US$ m)"</summary>
    public static Bilingual BPUsdM => Phrase(nameof(BPUsdM));

    /// <summary>"Backward and forward participation"</summary>
    public static Bilingual BackwardAndForwardParticipation => Phrase(nameof(BackwardAndForwardParticipation));

    /// <summary>"Backward participation BP (partner's share of foreign value added)"</summary>
    public static Bilingual BackwardParticipationShare => Phrase(nameof(BackwardParticipationShare));

    /// <summary>"Baseline"</summary>
    public static Bilingual Baseline => Phrase(nameof(Baseline));

    /// <summary>"Benchmarks cleared (of 4)"</summary>
    public static Bilingual BenchmarksClearedOf4 => Phrase(nameof(BenchmarksClearedOf4));

    /// <summary>"bn"</summary>
    public static Bilingual BillionShort => Phrase(nameof(BillionShort));

    /// <summary>"Bloc"</summary>
    public static Bilingual Bloc => Phrase(nameof(Bloc));

    /// <summary>"Bloc name"</summary>
    public static Bilingual BlocEnglishName => Phrase(nameof(BlocEnglishName));

    /// <summary>"Trade indices of {0} ({1}) with blocs, {2}"</summary>
    public static Bilingual BlocIndicesTitle => Phrase(nameof(BlocIndicesTitle));

    /// <summary>"Bloc name (Russian)"</summary>
    public static Bilingual BlocRussianName => Phrase(nameof(BlocRussianName));

    /// <summary>"Blocs"</summary>
    public static Bilingual Blocs => Phrase(nameof(Blocs));

    /// <summary>"GVC-related exports, Borin–Mancini (table unit)"</summary>
    public static Bilingual BorinManciniGvc => Phrase(nameof(BorinManciniGvc));

    /// <summary>"Backward GVC-related exports, Borin–Mancini (table unit)"</summary>
    public static Bilingual BorinManciniGvcb => Phrase(nameof(BorinManciniGvcb));

    /// <summary>"Forward GVC-related exports, Borin–Mancini (table unit)"</summary>
    public static Bilingual BorinManciniGvcf => Phrase(nameof(BorinManciniGvcf));

    /// <summary>"Change, %"</summary>
    public static Bilingual ChangePct => Phrase(nameof(ChangePct));

    /// <summary>"Chemicals and chemical products"</summary>
    public static Bilingual ChemicalsAndChemicalProducts => Phrase(nameof(ChemicalsAndChemicalProducts));

    /// <summary>"Chemicals and pharmaceuticals"</summary>
    public static Bilingual ChemicalsAndPharmaceuticals => Phrase(nameof(ChemicalsAndPharmaceuticals));

    /// <summary>"Clears all benchmarks"</summary>
    public static Bilingual ClearsAllBenchmarks => Phrase(nameof(ClearsAllBenchmarks));

    /// <summary>"Closed"</summary>
    public static Bilingual ClosedMarket => Phrase(nameof(ClosedMarket));

    /// <summary>"SE (clustered by pair)"</summary>
    public static Bilingual ClusteredSe => Phrase(nameof(ClusteredSe));

    /// <summary>"Coefficients"</summary>
    public static Bilingual Coefficients => Phrase(nameof(Coefficients));

    /// <summary>"Collinear (removed)"</summary>
    public static Bilingual CollinearRemoved => Phrase(nameof(CollinearRemoved));

    /// <summary>"Command"</summary>
    public static Bilingual Command => Phrase(nameof(Command));

    /// <summary>"Exports of {0} best match the imports of: {1}."</summary>
    public static Bilingual ComplementaritySummary => Phrase(nameof(ComplementaritySummary));

    /// <summary>"Trade complementarity of {0} with its partners, {1}, {2}"</summary>
    public static Bilingual ComplementarityTitle => Phrase(nameof(ComplementarityTitle));

    /// <summary>"Child"</summary>
    public static Bilingual CompositeChild => Phrase(nameof(CompositeChild));

    /// <summary>"Choice"</summary>
    public static Bilingual CompositeChoice => Phrase(nameof(CompositeChoice));

    /// <summary>"Normalisation {0}; aggregation {1}; weights {2}; imputation {3}; outlier treatment {4}."</summary>
    public static Bilingual CompositeChoicesNote => Phrase(nameof(CompositeChoicesNote));

    /// <summary>"Contribution"</summary>
    public static Bilingual CompositeContribution => Phrase(nameof(CompositeContribution));

    /// <summary>"Contribution = w̃·x under the arithmetic mean (the children's contributions sum to the ..."</summary>
    public static Bilingual CompositeContributionsNote => Phrase(nameof(CompositeContributionsNote));

    /// <summary>"Contributions"</summary>
    public static Bilingual CompositeContributionsSheet => Phrase(nameof(CompositeContributionsSheet));

    /// <summary>"Contribution of each child to its parent's score"</summary>
    public static Bilingual CompositeContributionsTitle => Phrase(nameof(CompositeContributionsTitle));

    /// <summary>"First-order index S_i"</summary>
    public static Bilingual CompositeFirstOrder => Phrase(nameof(CompositeFirstOrder));

    /// <summary>"Method and conventions: docs/methods/potential.md#composite-indicator-engine (OECD/JRC ..."</summary>
    public static Bilingual CompositeMethodNote => Phrase(nameof(CompositeMethodNote));

    /// <summary>"Monte Carlo: {0} draws, seed {1}; every weight multiplied by 1 + U(−{2}, {2}); ..."</summary>
    public static Bilingual CompositeMonteCarloNote => Phrase(nameof(CompositeMonteCarloNote));

    /// <summary>"Over {0} Monte Carlo draws the median rank of {1} is {2} (5–95 %: {3}–{4}); the widest ..."</summary>
    public static Bilingual CompositeMonteCarloSummary => Phrase(nameof(CompositeMonteCarloSummary));

    /// <summary>"Node"</summary>
    public static Bilingual CompositeNode => Phrase(nameof(CompositeNode));

    /// <summary>"Median rank"</summary>
    public static Bilingual CompositeRankMedian => Phrase(nameof(CompositeRankMedian));

    /// <summary>"Rank, 5th percentile"</summary>
    public static Bilingual CompositeRankP05 => Phrase(nameof(CompositeRankP05));

    /// <summary>"Rank, 95th percentile"</summary>
    public static Bilingual CompositeRankP95 => Phrase(nameof(CompositeRankP95));

    /// <summary>"Scores"</summary>
    public static Bilingual CompositeScoresSheet => Phrase(nameof(CompositeScoresSheet));

    /// <summary>"Scores of every aggregate and rank on {0}"</summary>
    public static Bilingual CompositeScoresTitle => Phrase(nameof(CompositeScoresTitle));

    /// <summary>"Saltelli design with N(d + 2) = {0} runs, seed {1}; output: the mean absolute shift of ..."</summary>
    public static Bilingual CompositeSensitivityNote => Phrase(nameof(CompositeSensitivityNote));

    /// <summary>"Sensitivity"</summary>
    public static Bilingual CompositeSensitivitySheet => Phrase(nameof(CompositeSensitivitySheet));

    /// <summary>"The ranking is most sensitive to the choice of {0} (total index {1})."</summary>
    public static Bilingual CompositeSensitivitySummary => Phrase(nameof(CompositeSensitivitySummary));

    /// <summary>"Sensitivity of the ranking to each choice"</summary>
    public static Bilingual CompositeSensitivityTitle => Phrase(nameof(CompositeSensitivityTitle));

    /// <summary>"{0} ranks first on {1} with a score of {2}, and {3} last, of {4} ranked units ({5} indicators, {6} aggregates)."</summary>
    public static Bilingual CompositeSummary => Phrase(nameof(CompositeSummary));

    /// <summary>"Composite indicator: {0}"</summary>
    public static Bilingual CompositeTitle => Phrase(nameof(CompositeTitle));

    /// <summary>"Total index S_Ti"</summary>
    public static Bilingual CompositeTotalIndex => Phrase(nameof(CompositeTotalIndex));

    /// <summary>"Outlier treatment: {0}."</summary>
    public static Bilingual CompositeTreatedNote => Phrase(nameof(CompositeTreatedNote));

    /// <summary>"Unit"</summary>
    public static Bilingual CompositeUnit => Phrase(nameof(CompositeUnit));

    /// <summary>"Not ranked (index not computable): {0}."</summary>
    public static Bilingual CompositeUnranked => Phrase(nameof(CompositeUnranked));

    /// <summary>"Most concentrated exports (normalised HHI): {0}."</summary>
    public static Bilingual ConcentrationSummary => Phrase(nameof(ConcentrationSummary));

    /// <summary>"Export concentration, {0}, {1}"</summary>
    public static Bilingual ConcentrationTitle => Phrase(nameof(ConcentrationTitle));

    /// <summary>"Country"</summary>
    public static Bilingual Country => Phrase(nameof(Country));

    /// <summary>"Created"</summary>
    public static Bilingual Created => Phrase(nameof(Created));

    /// <summary>"Data"</summary>
    public static Bilingual Data => Phrase(nameof(Data));

    /// <summary>"Data location"</summary>
    public static Bilingual DataLocation => Phrase(nameof(DataLocation));

    /// <summary>"Data notes"</summary>
    public static Bilingual DataNotes => Phrase(nameof(DataNotes));

    /// <summary>"Date (UTC)"</summary>
    public static Bilingual DateUTC => Phrase(nameof(DateUTC));

    /// <summary>"Decomposition"</summary>
    public static Bilingual Decomposition => Phrase(nameof(Decomposition));

    /// <summary>"Value-added decomposition of gross exports ({0})"</summary>
    public static Bilingual DecompositionTitle => Phrase(nameof(DecompositionTitle));

    /// <summary>"definitions: {0}"</summary>
    public static Bilingual DefinitionsNote => Phrase(nameof(DefinitionsNote));

    /// <summary>"Deviance"</summary>
    public static Bilingual Deviance => Phrase(nameof(Deviance));

    /// <summary>"Direction"</summary>
    public static Bilingual Direction => Phrase(nameof(Direction));

    /// <summary>"Directional preference Q"</summary>
    public static Bilingual DirectionalPreferenceQ => Phrase(nameof(DirectionalPreferenceQ));

    /// <summary>"Diversity"</summary>
    public static Bilingual Diversity => Phrase(nameof(Diversity));

    /// <summary>"Dropped obs."</summary>
    public static Bilingual DroppedObs => Phrase(nameof(DroppedObs));

    /// <summary>"ESI"</summary>
    public static Bilingual ESI => Phrase(nameof(ESI));

    /// <summary>"ESI (Kojima)"</summary>
    public static Bilingual ESIKojima => Phrase(nameof(ESIKojima));

    /// <summary>"ESI (rest of world)"</summary>
    public static Bilingual ESIRestOfWorld => Phrase(nameof(ESIRestOfWorld));

    /// <summary>"Most complex economies: {0} (of {1})."</summary>
    public static Bilingual EciSummary => Phrase(nameof(EciSummary));

    /// <summary>"Economic complexity index, {0}, {1}"</summary>
    public static Bilingual EciTitle => Phrase(nameof(EciTitle));

    /// <summary>"economy paired with itself"</summary>
    public static Bilingual EconomyPairedWithItself => Phrase(nameof(EconomyPairedWithItself));

    /// <summary>"Electrical and optical equipment"</summary>
    public static Bilingual ElectricalAndOpticalEquipment => Phrase(nameof(ElectricalAndOpticalEquipment));

    /// <summary>"Estimate"</summary>
    public static Bilingual Estimate => Phrase(nameof(Estimate));

    /// <summary>"Estimator"</summary>
    public static Bilingual EstimationMethod => Phrase(nameof(EstimationMethod));

    /// <summary>"Estimator"</summary>
    public static Bilingual Estimator => Phrase(nameof(Estimator));

    /// <summary>"Export similarity (Finger–Kreinin, 0–100)"</summary>
    public static Bilingual ExportSimilarity => Phrase(nameof(ExportSimilarity));

    /// <summary>"Exporter"</summary>
    public static Bilingual Exporter => Phrase(nameof(Exporter));

    /// <summary>"**{0}:** gross exports EXGR {1} (table unit); {2} of gross exports."</summary>
    public static Bilingual ExporterGrossExportsSummary => Phrase(nameof(ExporterGrossExportsSummary));

    /// <summary>"Exports"</summary>
    public static Bilingual Exports => Phrase(nameof(Exports));

    /// <summary>"Exports, average annual growth {0}–{1}, %"</summary>
    public static Bilingual ExportsAverageAnnualGrowthPct => Phrase(nameof(ExportsAverageAnnualGrowthPct));

    /// <summary>"Exports, growth on previous year, %"</summary>
    public static Bilingual ExportsGrowthOnPreviousYearPct => Phrase(nameof(ExportsGrowthOnPreviousYearPct));

    /// <summary>"Exports, growth {0}–{1}, %"</summary>
    public static Bilingual ExportsGrowthPct => Phrase(nameof(ExportsGrowthPct));

    /// <summary>"Exports to partner (US$ m)"</summary>
    public static Bilingual ExportsToPartnerUsdM => Phrase(nameof(ExportsToPartnerUsdM));

    /// <summary>"Exports to the group (US$ m)"</summary>
    public static Bilingual ExportsToTheGroupUsdM => Phrase(nameof(ExportsToTheGroupUsdM));

    /// <summary>"Exports to the rest (US$ m)"</summary>
    public static Bilingual ExportsToTheRestUsdM => Phrase(nameof(ExportsToTheRestUsdM));

    /// <summary>"Exports, US$"</summary>
    public static Bilingual ExportsUsd => Phrase(nameof(ExportsUsd));

    /// <summary>"Exports, US$ bn"</summary>
    public static Bilingual ExportsUsdBn => Phrase(nameof(ExportsUsdBn));

    /// <summary>"external (to the rest)"</summary>
    public static Bilingual ExternalToTheRest => Phrase(nameof(ExternalToTheRest));

    /// <summary>"F"</summary>
    public static Bilingual F => Phrase(nameof(F));

    /// <summary>"FE parameters"</summary>
    public static Bilingual FEParameters => Phrase(nameof(FEParameters));

    /// <summary>"FP"</summary>
    public static Bilingual FP => Phrase(nameof(FP));

    /// <summary>"FP / total gross exports"</summary>
    public static Bilingual FPTotalGrossExports => Phrase(nameof(FPTotalGrossExports));

    /// <summary>"FP (US$ m)"</summary>
    public static Bilingual FPUsdM => Phrase(nameof(FPUsdM));

    /// <summary>"F (Wald)"</summary>
    public static Bilingual FWald => Phrase(nameof(FWald));

    /// <summary>"{0} fixed effects"</summary>
    public static Bilingual FixedEffectsOf => Phrase(nameof(FixedEffectsOf));

    /// <summary>"flow missing from the data"</summary>
    public static Bilingual FlowMissingFromTheData => Phrase(nameof(FlowMissingFromTheData));

    /// <summary>"Formula"</summary>
    public static Bilingual Formula => Phrase(nameof(Formula));

    /// <summary>"Forward participation FP: value added in partner's exports (US$ m)"</summary>
    public static Bilingual ForwardParticipationLevel => Phrase(nameof(ForwardParticipationLevel));

    /// <summary>"GDP per capita (US$)"</summary>
    public static Bilingual GDPPerCapitaUsd => Phrase(nameof(GDPPerCapitaUsd));

    /// <summary>"GDPpc"</summary>
    public static Bilingual GDPpc => Phrase(nameof(GDPpc));

    /// <summary>"GDP per capita, current US$, World Bank WDI NY.GDP.PCAP.CD"</summary>
    public static Bilingual GdpPerCapitaWdiSource => Phrase(nameof(GdpPerCapitaWdiSource));

    /// <summary>"Conditional GE factor"</summary>
    public static Bilingual GeFactor => Phrase(nameof(GeFactor));

    /// <summary>"Assumptions and conventions"</summary>
    public static Bilingual GravityAssumptionsTitle => Phrase(nameof(GravityAssumptionsTitle));

    /// <summary>"Chart data: actual and predicted exports, top {0} partners by untapped potential"</summary>
    public static Bilingual GravityChartTitle => Phrase(nameof(GravityChartTitle));

    /// <summary>"Gravity model coefficients (PPML, SE clustered by pair)"</summary>
    public static Bilingual GravityCoefficientsTitle => Phrase(nameof(GravityCoefficientsTitle));

    /// <summary>"Distance: CEPII GeoDist population-weighted distance (distw); where it is missing, the distance b..."</summary>
    public static Bilingual GravityDistanceRule => Phrase(nameof(GravityDistanceRule));

    /// <summary>"Fit and sample of the gravity model"</summary>
    public static Bilingual GravityFitTitle => Phrase(nameof(GravityFitTitle));

    /// <summary>"Method: Yotov, Piermartini, Monteiro and Larch (2016), An Advanced Guide to Trade Policy Analysis..."</summary>
    public static Bilingual GravityMethodNote => Phrase(nameof(GravityMethodNote));

    /// <summary>"Model: PPML of exports on ln distance, contiguity, common official language, colonial tie and an ..."</summary>
    public static Bilingual GravityModelSummary => Phrase(nameof(GravityModelSummary));

    /// <summary>"No pair fixed effects: they would absorb every lasting feature of a pair, and the model's predict..."</summary>
    public static Bilingual GravityNoPairFe => Phrase(nameof(GravityNoPairFe));

    /// <summary>"Actual and predicted exports of {0} by partner, {1} (US$)"</summary>
    public static Bilingual GravityPartnersTitle => Phrase(nameof(GravityPartnersTitle));

    /// <summary>"Reasons for NaN: NO_GEO — GeoDist has no distance for the pair; FE_ALL_ZERO — the partner imports..."</summary>
    public static Bilingual GravityReasonNote => Phrase(nameof(GravityReasonNote));

    /// <summary>"RTA: 1 when a WTO-notified regional trade agreement between the two is in force on 1 July of the ..."</summary>
    public static Bilingual GravityRtaRule => Phrase(nameof(GravityRtaRule));

    /// <summary>"Sample: every ordered pair i ≠ j and year of {0}–{1} where exporter i reported its exports to UN ..."</summary>
    public static Bilingual GravitySampleRule => Phrase(nameof(GravitySampleRule));

    /// <summary>"Screening rank: the partner's place in the combined ranking of the screen command (the {0} larges..."</summary>
    public static Bilingual GravityScreenNote => Phrase(nameof(GravityScreenNote));

    /// <summary>"{0}'s exports in {1} were {2} bn US$; the structural gravity model predicts {3} bn US$ for the sa..."</summary>
    public static Bilingual GravitySummary => Phrase(nameof(GravitySummary));

    /// <summary>"Untapped export potential of {0} in {1}: structural gravity, PPML"</summary>
    public static Bilingual GravityTitle => Phrase(nameof(GravityTitle));

    /// <summary>"Largest untapped potential: {0}."</summary>
    public static Bilingual GravityTopPartners => Phrase(nameof(GravityTopPartners));

    /// <summary>"Gross exports (US$ m)"</summary>
    public static Bilingual GrossExportsUsdM => Phrase(nameof(GrossExportsUsdM));

    /// <summary>"Group name"</summary>
    public static Bilingual GroupNameEnglish => Phrase(nameof(GroupNameEnglish));

    /// <summary>"Group name (Russian)"</summary>
    public static Bilingual GroupNameRussian => Phrase(nameof(GroupNameRussian));

    /// <summary>"HETI (exports)"</summary>
    public static Bilingual HETIExports => Phrase(nameof(HETIExports));

    /// <summary>"HETI (turnover)"</summary>
    public static Bilingual HETITurnover => Phrase(nameof(HETITurnover));

    /// <summary>"HITI (exports)"</summary>
    public static Bilingual HITIExports => Phrase(nameof(HITIExports));

    /// <summary>"HITI (turnover)"</summary>
    public static Bilingual HITITurnover => Phrase(nameof(HITITurnover));

    /// <summary>"Herfindahl–Hirschman index"</summary>
    public static Bilingual Herfindahl => Phrase(nameof(Herfindahl));

    /// <summary>"Normalised HHI"</summary>
    public static Bilingual HerfindahlNormalised => Phrase(nameof(HerfindahlNormalised));

    /// <summary>"Estimate (change of the dependent variable per unit of the regressor)"</summary>
    public static Bilingual HtmlAxisEstimate => Phrase(nameof(HtmlAxisEstimate));

    /// <summary>"{0} (from −1 to 1; neutral value 0)"</summary>
    public static Bilingual HtmlAxisIntroversion => Phrase(nameof(HtmlAxisIntroversion));

    /// <summary>"{0} (ratio of growth factors; threshold 1)"</summary>
    public static Bilingual HtmlAxisLead => Phrase(nameof(HtmlAxisLead));

    /// <summary>"{0} (ratio; neutral value {1})"</summary>
    public static Bilingual HtmlAxisRatio => Phrase(nameof(HtmlAxisRatio));

    /// <summary>"{0} (share, 0 to 1)"</summary>
    public static Bilingual HtmlAxisShare => Phrase(nameof(HtmlAxisShare));

    /// <summary>"{0}, in the table's units (US$ million for WIOD and OECD ICIO)"</summary>
    public static Bilingual HtmlAxisTableUnits => Phrase(nameof(HtmlAxisTableUnits));

    /// <summary>"Coefficient of {0} with its 95 % confidence interval, by regression"</summary>
    public static Bilingual HtmlChartCoefficientOf => Phrase(nameof(HtmlChartCoefficientOf));

    /// <summary>"Coefficients with 95 % confidence intervals (intercept left out)"</summary>
    public static Bilingual HtmlChartCoefficients => Phrase(nameof(HtmlChartCoefficients));

    /// <summary>"Gross exports by detailed term, summed over sectors and importers"</summary>
    public static Bilingual HtmlChartDetailTerms => Phrase(nameof(HtmlChartDetailTerms));

    /// <summary>"The chart could not be drawn:"</summary>
    public static Bilingual HtmlChartFailed => Phrase(nameof(HtmlChartFailed));

    /// <summary>"{0} by product group and member (threshold 1)"</summary>
    public static Bilingual HtmlChartLead => Phrase(nameof(HtmlChartLead));

    /// <summary>"{0} on the world map"</summary>
    public static Bilingual HtmlChartMap => Phrase(nameof(HtmlChartMap));

    /// <summary>"{0} over the years"</summary>
    public static Bilingual HtmlChartOverYears => Phrase(nameof(HtmlChartOverYears));

    /// <summary>"{0}: ranked, with the neutral value"</summary>
    public static Bilingual HtmlChartRanked => Phrase(nameof(HtmlChartRanked));

    /// <summary>"{0} against {1}"</summary>
    public static Bilingual HtmlChartScatter => Phrase(nameof(HtmlChartScatter));

    /// <summary>"Drawn from the table “{0}” below, which is its text alternative."</summary>
    public static Bilingual HtmlChartSource => Phrase(nameof(HtmlChartSource));

    /// <summary>"{0} by partner"</summary>
    public static Bilingual HtmlChartTermByPartner => Phrase(nameof(HtmlChartTermByPartner));

    /// <summary>"{0} by source country"</summary>
    public static Bilingual HtmlChartTermBySource => Phrase(nameof(HtmlChartTermBySource));

    /// <summary>"Gross exports by the origin of their value added"</summary>
    public static Bilingual HtmlChartValueAddedOrigin => Phrase(nameof(HtmlChartValueAddedOrigin));

    /// <summary>"Contents"</summary>
    public static Bilingual HtmlContents => Phrase(nameof(HtmlContents));

    /// <summary>"Charts drawn with Apache ECharts {0} (Apache License 2.0); map geometry: Natural Earth 1:110m Admin 0 countries (public
    /// domain) via world-atlas {1}."</summary>
    public static Bilingual HtmlCredits => Phrase(nameof(HtmlCredits));

    /// <summary>"Filter rows by text"</summary>
    public static Bilingual HtmlFilter => Phrase(nameof(HtmlFilter));

    /// <summary>"First"</summary>
    public static Bilingual HtmlFirst => Phrase(nameof(HtmlFirst));

    /// <summary>"95 % confidence interval"</summary>
    public static Bilingual HtmlInterval => Phrase(nameof(HtmlInterval));

    /// <summary>"Last"</summary>
    public static Bilingual HtmlLast => Phrase(nameof(HtmlLast));

    /// <summary>"Next"</summary>
    public static Bilingual HtmlNext => Phrase(nameof(HtmlNext));

    /// <summary>"The tables and charts of this report are drawn with JavaScript: allow it for this file to see them."</summary>
    public static Bilingual HtmlNoScript => Phrase(nameof(HtmlNoScript));

    /// <summary>"Previous"</summary>
    public static Bilingual HtmlPrevious => Phrase(nameof(HtmlPrevious));

    /// <summary>"Rows {0}–{1} of {2}"</summary>
    public static Bilingual HtmlRowsOf => Phrase(nameof(HtmlRowsOf));

    /// <summary>"Rows per page"</summary>
    public static Bilingual HtmlRowsPerPage => Phrase(nameof(HtmlRowsPerPage));

    /// <summary>"Sort by this column (click again to reverse the order)"</summary>
    public static Bilingual HtmlSortHint => Phrase(nameof(HtmlSortHint));

    /// <summary>"Summary"</summary>
    public static Bilingual HtmlSummary => Phrase(nameof(HtmlSummary));

    /// <summary>"Data"</summary>
    public static Bilingual HtmlTableData => Phrase(nameof(HtmlTableData));

    /// <summary>"ICIO tables (first year shown)"</summary>
    public static Bilingual ICIOTablesFirstYearShown => Phrase(nameof(ICIOTablesFirstYearShown));

    /// <summary>"ISO3"</summary>
    public static Bilingual ISO3 => Phrase(nameof(ISO3));

    /// <summary>"all industries"</summary>
    public static Bilingual ImportSubstitutionAllIndustries => Phrase(nameof(ImportSubstitutionAllIndustries));

    /// <summary>"assumptions: economy {0}; industries {1}; cut {2} %; table {3}"</summary>
    public static Bilingual ImportSubstitutionAssumptions => Phrase(nameof(ImportSubstitutionAssumptions));

    /// <summary>"Baseline"</summary>
    public static Bilingual ImportSubstitutionBaseline => Phrase(nameof(ImportSubstitutionBaseline));

    /// <summary>"Change"</summary>
    public static Bilingual ImportSubstitutionChange => Phrase(nameof(ImportSubstitutionChange));

    /// <summary>"Change, %"</summary>
    public static Bilingual ImportSubstitutionChangePct => Phrase(nameof(ImportSubstitutionChangePct));

    /// <summary>"Change of the economy's totals, % (scenario against baseline)"</summary>
    public static Bilingual ImportSubstitutionChartTitle => Phrase(nameof(ImportSubstitutionChartTitle));

    /// <summary>"closure: final demand and each industry's intermediate inputs per unit of output (the…"</summary>
    public static Bilingual ImportSubstitutionClosure => Phrase(nameof(ImportSubstitutionClosure));

    /// <summary>"measures (Borin and Mancini 2019, source-based, as tradescope gvc --method bm-src; pa…"</summary>
    public static Bilingual ImportSubstitutionDefinitions => Phrase(nameof(ImportSubstitutionDefinitions));

    /// <summary>"Economy"</summary>
    public static Bilingual ImportSubstitutionEconomy => Phrase(nameof(ImportSubstitutionEconomy));

    /// <summary>"Measure"</summary>
    public static Bilingual ImportSubstitutionMeasure => Phrase(nameof(ImportSubstitutionMeasure));

    /// <summary>"foreign intermediate inputs moved to domestic suppliers, at baseline output: {0} (tab…"</summary>
    public static Bilingual ImportSubstitutionMoved => Phrase(nameof(ImportSubstitutionMoved));

    /// <summary>"kept foreign for want of domestic output of the same sector: inputs of sectors {0}"</summary>
    public static Bilingual ImportSubstitutionNotSubstituted => Phrase(nameof(ImportSubstitutionNotSubstituted));

    /// <summary>"**Participation** (shares of gross exports): backward BP {0} → {1}, forward FP {2} → …"</summary>
    public static Bilingual ImportSubstitutionParticipation => Phrase(nameof(ImportSubstitutionParticipation));

    /// <summary>"Scenario"</summary>
    public static Bilingual ImportSubstitutionScenario => Phrase(nameof(ImportSubstitutionScenario));

    /// <summary>"Import substitution"</summary>
    public static Bilingual ImportSubstitutionSheet => Phrase(nameof(ImportSubstitutionSheet));

    /// <summary>"**{0}, {1}:** cutting the foreign intermediate inputs of {2} by {3} % and buying them…"</summary>
    public static Bilingual ImportSubstitutionSummary => Phrase(nameof(ImportSubstitutionSummary));

    /// <summary>"{0}, table of {1}"</summary>
    public static Bilingual ImportSubstitutionTableOfYear => Phrase(nameof(ImportSubstitutionTableOfYear));

    /// <summary>"Import substitution in {0}: foreign intermediate inputs of {1} cut by {2} %"</summary>
    public static Bilingual ImportSubstitutionTitle => Phrase(nameof(ImportSubstitutionTitle));

    /// <summary>"Importer / partner"</summary>
    public static Bilingual ImporterPartner => Phrase(nameof(ImporterPartner));

    /// <summary>"Imports, average annual growth {0}–{1}, %"</summary>
    public static Bilingual ImportsAverageAnnualGrowthPct => Phrase(nameof(ImportsAverageAnnualGrowthPct));

    /// <summary>"Imports, growth on previous year, %"</summary>
    public static Bilingual ImportsGrowthOnPreviousYearPct => Phrase(nameof(ImportsGrowthOnPreviousYearPct));

    /// <summary>"Imports, growth {0}–{1}, %"</summary>
    public static Bilingual ImportsGrowthPct => Phrase(nameof(ImportsGrowthPct));

    /// <summary>"Imports (mirror), US$"</summary>
    public static Bilingual ImportsMirrorUsd => Phrase(nameof(ImportsMirrorUsd));

    /// <summary>"In bloc"</summary>
    public static Bilingual InBloc => Phrase(nameof(InBloc));

    /// <summary>"Indices"</summary>
    public static Bilingual Indices => Phrase(nameof(Indices));

    /// <summary>"Trade indices of {0} ({1}) with every partner, {2}"</summary>
    public static Bilingual IndicesTitle => Phrase(nameof(IndicesTitle));

    /// <summary>"Industry"</summary>
    public static Bilingual Industry => Phrase(nameof(Industry));

    /// <summary>"Iterations"</summary>
    public static Bilingual Iterations => Phrase(nameof(Iterations));

    /// <summary>"K (regressors)"</summary>
    public static Bilingual KRegressors => Phrase(nameof(KRegressors));

    /// <summary>"Members fixed over both periods, as on the reference day (1 July) of {1}: {0}. Mutual e..."</summary>
    public static Bilingual LeadMembersNote => Phrase(nameof(LeadMembersNote));

    /// <summary>"Lead coefficients"</summary>
    public static Bilingual LeadSheet => Phrase(nameof(LeadSheet));

    /// <summary>"Mutual exports of a product group gained weight faster than total exports (K_B &gt; 1) ..."</summary>
    public static Bilingual LeadSummary => Phrase(nameof(LeadSummary));

    /// <summary>"Lead coefficients of {0} by {1}, {2} → {3}"</summary>
    public static Bilingual LeadTitle => Phrase(nameof(LeadTitle));

    /// <summary>"Largest K_B of the bloc as a whole: {0}."</summary>
    public static Bilingual LeadTopGroups => Phrase(nameof(LeadTopGroups));

    /// <summary>"K_A = growth of mutual exports of the group / growth of its total exports; K_A′ the sam..."</summary>
    public static Bilingual LeadVariantsNote => Phrase(nameof(LeadVariantsNote));

    /// <summary>"Linear algebra"</summary>
    public static Bilingual LinearAlgebra => Phrase(nameof(LinearAlgebra));

    /// <summary>"linear algebra: {0}"</summary>
    public static Bilingual LinearAlgebraNote => Phrase(nameof(LinearAlgebraNote));

    /// <summary>"Log-likelihood"</summary>
    public static Bilingual LogLikelihood => Phrase(nameof(LogLikelihood));

    /// <summary>"Log-likelihood"</summary>
    public static Bilingual LogarithmOfLikelihood => Phrase(nameof(LogarithmOfLikelihood));

    /// <summary>"Lost"</summary>
    public static Bilingual Lost => Phrase(nameof(Lost));

    /// <summary>"Mean rank"</summary>
    public static Bilingual MeanRank => Phrase(nameof(MeanRank));

    /// <summary>"Member"</summary>
    public static Bilingual Member => Phrase(nameof(Member));

    /// <summary>"Members"</summary>
    public static Bilingual Members => Phrase(nameof(Members));

    /// <summary>"Members used"</summary>
    public static Bilingual MembersUsed => Phrase(nameof(MembersUsed));

    /// <summary>"Members used, number"</summary>
    public static Bilingual MembersUsedNumber => Phrase(nameof(MembersUsedNumber));

    /// <summary>"Members without export data (left out)"</summary>
    public static Bilingual MembersWithoutExportDataLeftOut => Phrase(nameof(MembersWithoutExportDataLeftOut));

    /// <summary>"Membership as of"</summary>
    public static Bilingual MembershipAsOf => Phrase(nameof(MembershipAsOf));

    /// <summary>"mirror (partners' imports)"</summary>
    public static Bilingual MirrorPartnersImports => Phrase(nameof(MirrorPartnersImports));

    /// <summary>"missing"</summary>
    public static Bilingual Missing => Phrase(nameof(Missing));

    /// <summary>"Model"</summary>
    public static Bilingual Model => Phrase(nameof(Model));

    /// <summary>"{0} more exporters in the table."</summary>
    public static Bilingual MoreExportersInTable => Phrase(nameof(MoreExportersInTable));

    /// <summary>"Mutual exports, {0} (US$)"</summary>
    public static Bilingual MutualExportsIn => Phrase(nameof(MutualExportsIn));

    /// <summary>"mutual (to the group)"</summary>
    public static Bilingual MutualToTheGroup => Phrase(nameof(MutualToTheGroup));

    /// <summary>"N"</summary>
    public static Bilingual N => Phrase(nameof(N));

    /// <summary>"6. Not screened: no data"</summary>
    public static Bilingual N6NotScreenedNoData => Phrase(nameof(N6NotScreenedNoData));

    /// <summary>"Name"</summary>
    public static Bilingual Name => Phrase(nameof(Name));

    /// <summary>"Neutral value"</summary>
    public static Bilingual NeutralValue => Phrase(nameof(NeutralValue));

    /// <summary>"no"</summary>
    public static Bilingual No => Phrase(nameof(No));

    /// <summary>"no data for the previous year"</summary>
    public static Bilingual NoDataForThePreviousYear => Phrase(nameof(NoDataForThePreviousYear));

    /// <summary>"no export data of the partner (neither reported nor mirror)"</summary>
    public static Bilingual NoExportDataOfPartner => Phrase(nameof(NoExportDataOfPartner));

    /// <summary>"no export data of the economy"</summary>
    public static Bilingual NoExportDataOfTheEconomy => Phrase(nameof(NoExportDataOfTheEconomy));

    /// <summary>"No exporter with gross exports (EXGR) in this output; see the table."</summary>
    public static Bilingual NoExporterWithGrossExports => Phrase(nameof(NoExporterWithGrossExports));

    /// <summary>"no members with data"</summary>
    public static Bilingual NoMembersWithData => Phrase(nameof(NoMembersWithData));

    /// <summary>"no trade outside the group"</summary>
    public static Bilingual NoTradeOutsideTheGroup => Phrase(nameof(NoTradeOutsideTheGroup));

    /// <summary>"none"</summary>
    public static Bilingual None => Phrase(nameof(None));

    /// <summary>"Not screened"</summary>
    public static Bilingual NotScreened => Phrase(nameof(NotScreened));

    /// <summary>"Observations"</summary>
    public static Bilingual Observations => Phrase(nameof(Observations));

    /// <summary>"p-value"</summary>
    public static Bilingual PValue => Phrase(nameof(PValue));

    /// <summary>"p (F)"</summary>
    public static Bilingual PValueF => Phrase(nameof(PValueF));

    /// <summary>"Panel"</summary>
    public static Bilingual Panel => Phrase(nameof(Panel));

    /// <summary>"Partial factor"</summary>
    public static Bilingual PartialFactor => Phrase(nameof(PartialFactor));

    /// <summary>"Participation"</summary>
    public static Bilingual Participation => Phrase(nameof(Participation));

    /// <summary>"**Participation in {0}** (BP = partner's share of the exporter's foreign value added; FP as a share of the…"</summary>
    public static Bilingual ParticipationInYear => Phrase(nameof(ParticipationInYear));

    /// <summary>"Partner"</summary>
    public static Bilingual Partner => Phrase(nameof(Partner));

    /// <summary>"Partner"</summary>
    public static Bilingual PartnerEnglishName => Phrase(nameof(PartnerEnglishName));

    /// <summary>"partner group G: "</summary>
    public static Bilingual PartnerGroupG => Phrase(nameof(PartnerGroupG));

    /// <summary>"Partner (English)"</summary>
    public static Bilingual PartnerNameEnglish => Phrase(nameof(PartnerNameEnglish));

    /// <summary>"Partner (Russian)"</summary>
    public static Bilingual PartnerNameRussian => Phrase(nameof(PartnerNameRussian));

    /// <summary>"Partner (Russian)"</summary>
    public static Bilingual PartnerRussianName => Phrase(nameof(PartnerRussianName));

    /// <summary>"Partner's export data"</summary>
    public static Bilingual PartnerSExportData => Phrase(nameof(PartnerSExportData));

    /// <summary>"Partner's value added in exports (US$ m)"</summary>
    public static Bilingual PartnerSValueAddedInExportsUsdM => Phrase(nameof(PartnerSValueAddedInExportsUsdM));

    /// <summary>"; partners q = members of G that are separate countries of the table, without p itself"</summary>
    public static Bilingual PartnersAreSeparateMembersOfG => Phrase(nameof(PartnersAreSeparateMembersOfG));

    /// <summary>"Most complex products: {0} (of {1})."</summary>
    public static Bilingual PciSummary => Phrase(nameof(PciSummary));

    /// <summary>"Product complexity index, {0}, {1}"</summary>
    public static Bilingual PciTitle => Phrase(nameof(PciTitle));

    /// <summary>"Pharmaceutical products"</summary>
    public static Bilingual PharmaceuticalProducts => Phrase(nameof(PharmaceuticalProducts));

    /// <summary>"Pillar"</summary>
    public static Bilingual Pillar => Phrase(nameof(Pillar));

    /// <summary>"Lowest potential: {0}."</summary>
    public static Bilingual PotentialBottom => Phrase(nameof(PotentialBottom));

    /// <summary>"Computed"</summary>
    public static Bilingual PotentialComputed => Phrase(nameof(PotentialComputed));

    /// <summary>"Computed from"</summary>
    public static Bilingual PotentialComputedFrom => Phrase(nameof(PotentialComputedFrom));

    /// <summary>"Drivers: the pillars with the largest and the smallest weighted gap w·(pillar score − mean pillar score over units);
    /// contributions are w·score and sum to the index score."</summary>
    public static Bilingual PotentialDriversNote => Phrase(nameof(PotentialDriversNote));

    /// <summary>"Not ranked: {0}."</summary>
    public static Bilingual PotentialExcludedNote => Phrase(nameof(PotentialExcludedNote));

    /// <summary>"Indicators"</summary>
    public static Bilingual PotentialIndicators => Phrase(nameof(PotentialIndicators));

    /// <summary>"Rank intervals: 5th and 95th percentiles of each unit's rank over {0} Monte Carlo draws (seed {1}) of the weights,
    /// normalisation, aggregation and imputation."</summary>
    public static Bilingual PotentialIntervalsNote => Phrase(nameof(PotentialIntervalsNote));

    /// <summary>"Method: each indicator multiplied by its direction, min–max normalised onto 0–100, arithmetic means with equal weights
    /// (indicators within pillars, pillars within the index); docs/methods/export-potential-index.md."</summary>
    public static Bilingual PotentialMethodNote => Phrase(nameof(PotentialMethodNote));

    /// <summary>"A unit without data for a pillar is scored on its other pillars, their weights re-scaled to sum to one (column
    /// pillars_missing); no pillar is ever filled with zero."</summary>
    public static Bilingual PotentialMissingPillarsNote => Phrase(nameof(PotentialMissingPillarsNote));

    /// <summary>"No rank intervals were asked for (0 Monte Carlo draws)."</summary>
    public static Bilingual PotentialNoIntervals => Phrase(nameof(PotentialNoIntervals));

    /// <summary>"Pillar"</summary>
    public static Bilingual PotentialPillar => Phrase(nameof(PotentialPillar));

    /// <summary>"{0}: contribution"</summary>
    public static Bilingual PotentialPillarContribution => Phrase(nameof(PotentialPillarContribution));

    /// <summary>"Pillar name"</summary>
    public static Bilingual PotentialPillarName => Phrase(nameof(PotentialPillarName));

    /// <summary>"{0}: score"</summary>
    public static Bilingual PotentialPillarScore => Phrase(nameof(PotentialPillarScore));

    /// <summary>"Pillars without data"</summary>
    public static Bilingual PotentialPillarsMissing => Phrase(nameof(PotentialPillarsMissing));

    /// <summary>"Pillars"</summary>
    public static Bilingual PotentialPillarsSheet => Phrase(nameof(PotentialPillarsSheet));

    /// <summary>"Pillars of the index: computed from what"</summary>
    public static Bilingual PotentialPillarsTitle => Phrase(nameof(PotentialPillarsTitle));

    /// <summary>"Pillars with data"</summary>
    public static Bilingual PotentialPillarsUsed => Phrase(nameof(PotentialPillarsUsed));

    /// <summary>"Rank, 95th percentile"</summary>
    public static Bilingual PotentialRankHigh => Phrase(nameof(PotentialRankHigh));

    /// <summary>"Rank, 5th percentile"</summary>
    public static Bilingual PotentialRankLow => Phrase(nameof(PotentialRankLow));

    /// <summary>"Median rank (Monte Carlo)"</summary>
    public static Bilingual PotentialRankMedian => Phrase(nameof(PotentialRankMedian));

    /// <summary>"Index score (0–100)"</summary>
    public static Bilingual PotentialScore => Phrase(nameof(PotentialScore));

    /// <summary>"Export potential"</summary>
    public static Bilingual PotentialSheet => Phrase(nameof(PotentialSheet));

    /// <summary>"Scenario: {0}; everything else as in the nominal run."</summary>
    public static Bilingual PotentialShiftNote => Phrase(nameof(PotentialShiftNote));

    /// <summary>"Strongest pillar"</summary>
    public static Bilingual PotentialStrongest => Phrase(nameof(PotentialStrongest));

    /// <summary>"{0} units ranked on {1} pillars ({2}); not computed in this run: {3}."</summary>
    public static Bilingual PotentialSummary => Phrase(nameof(PotentialSummary));

    /// <summary>"Export-potential index, {0}"</summary>
    public static Bilingual PotentialTitle => Phrase(nameof(PotentialTitle));

    /// <summary>"Highest potential: {0}."</summary>
    public static Bilingual PotentialTop => Phrase(nameof(PotentialTop));

    /// <summary>"Unit"</summary>
    public static Bilingual PotentialUnit => Phrase(nameof(PotentialUnit));

    /// <summary>"Weakest pillar"</summary>
    public static Bilingual PotentialWeakest => Phrase(nameof(PotentialWeakest));

    /// <summary>"Predicted"</summary>
    public static Bilingual Predicted => Phrase(nameof(Predicted));

    /// <summary>"Product"</summary>
    public static Bilingual Product => Phrase(nameof(Product));

    /// <summary>"Product group"</summary>
    public static Bilingual ProductGroup => Phrase(nameof(ProductGroup));

    /// <summary>"Actual exports, US$"</summary>
    public static Bilingual ProductPotentialActual => Phrase(nameof(ProductPotentialActual));

    /// <summary>"Assumptions"</summary>
    public static Bilingual ProductPotentialAssumptions => Phrase(nameof(ProductPotentialAssumptions));

    /// <summary>"Assumptions: horizon {0} years, supply growth {1} %/year, demand growth {2} %/year, tar..."</summary>
    public static Bilingual ProductPotentialAssumptionsNote => Phrase(nameof(ProductPotentialAssumptionsNote));

    /// <summary>"Unrealised potential by market on the world map, US$"</summary>
    public static Bilingual ProductPotentialChartMap => Phrase(nameof(ProductPotentialChartMap));

    /// <summary>"Unrealised potential (potential − actual), the 25 largest, US$"</summary>
    public static Bilingual ProductPotentialChartUnrealised => Phrase(nameof(ProductPotentialChartUnrealised));

    /// <summary>"Default"</summary>
    public static Bilingual ProductPotentialDefault => Phrase(nameof(ProductPotentialDefault));

    /// <summary>"Demand (projected adjusted imports, US$)"</summary>
    public static Bilingual ProductPotentialDemand => Phrase(nameof(ProductPotentialDemand));

    /// <summary>"Annual growth of every market's imports, %"</summary>
    public static Bilingual ProductPotentialDemandGrowthMeaning => Phrase(nameof(ProductPotentialDemandGrowthMeaning));

    /// <summary>"Demand projection factor (1 + g_d/100)^h"</summary>
    public static Bilingual ProductPotentialDemandProjectionMeaning => Phrase(nameof(ProductPotentialDemandProjectionMeaning));

    /// <summary>"Density (relatedness to current exports)"</summary>
    public static Bilingual ProductPotentialDensity => Phrase(nameof(ProductPotentialDensity));

    /// <summary>"δ in (d_ij/d̄_jk)^(−δ); 0 = no distance adjustment"</summary>
    public static Bilingual ProductPotentialDistanceElasticityMeaning => Phrase(nameof(ProductPotentialDistanceElasticityMeaning));

    /// <summary>"Distance adjustment"</summary>
    public static Bilingual ProductPotentialDistanceFactor => Phrase(nameof(ProductPotentialDistanceFactor));

    /// <summary>"Distance adjustment with distances from {0}."</summary>
    public static Bilingual ProductPotentialDistanceNote => Phrase(nameof(ProductPotentialDistanceNote));

    /// <summary>"Distances between economies, km"</summary>
    public static Bilingual ProductPotentialDistancesMeaning => Phrase(nameof(ProductPotentialDistancesMeaning));

    /// <summary>"Products with Balassa RCA below 1 (the Atlas's M = 0), ranked by density ω = Σ_q M_q φ_..."</summary>
    public static Bilingual ProductPotentialDiversificationNote => Phrase(nameof(ProductPotentialDiversificationNote));

    /// <summary>"Of {0} products {1} exports with RCA below 1, the closest to its current exports are: {2}."</summary>
    public static Bilingual ProductPotentialDiversificationSummary => Phrase(nameof(ProductPotentialDiversificationSummary));

    /// <summary>"Diversification of {0}: products with RCA below 1 by density, {1}"</summary>
    public static Bilingual ProductPotentialDiversificationTitle => Phrase(nameof(ProductPotentialDiversificationTitle));

    /// <summary>"Ease of trade"</summary>
    public static Bilingual ProductPotentialEase => Phrase(nameof(ProductPotentialEase));

    /// <summary>"Exporter's exports, US$"</summary>
    public static Bilingual ProductPotentialExporterExports => Phrase(nameof(ProductPotentialExporterExports));

    /// <summary>"Years of projection after the data year"</summary>
    public static Bilingual ProductPotentialHorizonMeaning => Phrase(nameof(ProductPotentialHorizonMeaning));

    /// <summary>"Hypothetical exports, US$"</summary>
    public static Bilingual ProductPotentialHypothetical => Phrase(nameof(ProductPotentialHypothetical));

    /// <summary>"Market's imports in the data year, US$"</summary>
    public static Bilingual ProductPotentialImports => Phrase(nameof(ProductPotentialImports));

    /// <summary>"Export potential of {0} by market, {1}"</summary>
    public static Bilingual ProductPotentialMarketsTitle => Phrase(nameof(ProductPotentialMarketsTitle));

    /// <summary>"Meaning"</summary>
    public static Bilingual ProductPotentialMeaning => Phrase(nameof(ProductPotentialMeaning));

    /// <summary>"Potential = supply × demand × ease (Decreux and Spies 2016, ITC Export Potential Indica..."</summary>
    public static Bilingual ProductPotentialMethodNote => Phrase(nameof(ProductPotentialMethodNote));

    /// <summary>"No distance adjustment (factor 1): no distances given, or elasticity 0."</summary>
    public static Bilingual ProductPotentialNoDistanceNote => Phrase(nameof(ProductPotentialNoDistanceNote));

    /// <summary>"No tariff file: no tariff adjustment (factor 1)."</summary>
    public static Bilingual ProductPotentialNoTariffNote => Phrase(nameof(ProductPotentialNoTariffNote));

    /// <summary>"Pairs summed"</summary>
    public static Bilingual ProductPotentialPairs => Phrase(nameof(ProductPotentialPairs));

    /// <summary>"Pairs without a value"</summary>
    public static Bilingual ProductPotentialPairsNaN => Phrase(nameof(ProductPotentialPairsNaN));

    /// <summary>"Export potential of {0} by product and market, {1}"</summary>
    public static Bilingual ProductPotentialPairsTitle => Phrase(nameof(ProductPotentialPairsTitle));

    /// <summary>"Parameter"</summary>
    public static Bilingual ProductPotentialParameter => Phrase(nameof(ProductPotentialParameter));

    /// <summary>"Export potential of {0} by product, {1}"</summary>
    public static Bilingual ProductPotentialProductsTitle => Phrase(nameof(ProductPotentialProductsTitle));

    /// <summary>"World market share in the data year"</summary>
    public static Bilingual ProductPotentialShare => Phrase(nameof(ProductPotentialShare));

    /// <summary>"Potential exports of {0} to {1} markets in {2} products: US$ {3}, of which US$ {4} unre..."</summary>
    public static Bilingual ProductPotentialSummary => Phrase(nameof(ProductPotentialSummary));

    /// <summary>"Sums over pairs leave out pairs whose potential is NaN (column pairs_nan); unrealised p..."</summary>
    public static Bilingual ProductPotentialSumsNote => Phrase(nameof(ProductPotentialSumsNote));

    /// <summary>"Supply (projected world market share)"</summary>
    public static Bilingual ProductPotentialSupply => Phrase(nameof(ProductPotentialSupply));

    /// <summary>"Annual growth of the exporter's world market share, %"</summary>
    public static Bilingual ProductPotentialSupplyGrowthMeaning => Phrase(nameof(ProductPotentialSupplyGrowthMeaning));

    /// <summary>"Supply projection factor (1 + g_s/100)^h"</summary>
    public static Bilingual ProductPotentialSupplyProjectionMeaning => Phrase(nameof(ProductPotentialSupplyProjectionMeaning));

    /// <summary>"σ in ((1 + t_ijk)/(1 + t̄_jk))^(−σ); used with a tariff file only"</summary>
    public static Bilingual ProductPotentialTariffElasticityMeaning => Phrase(nameof(ProductPotentialTariffElasticityMeaning));

    /// <summary>"Tariff adjustment"</summary>
    public static Bilingual ProductPotentialTariffFactor => Phrase(nameof(ProductPotentialTariffFactor));

    /// <summary>"Tariff adjustment: {0} market × product cells have a rate for the exporter and a mean r..."</summary>
    public static Bilingual ProductPotentialTariffNote => Phrase(nameof(ProductPotentialTariffNote));

    /// <summary>"Tariff file market,product[,exporter],tariff_pct"</summary>
    public static Bilingual ProductPotentialTariffsMeaning => Phrase(nameof(ProductPotentialTariffsMeaning));

    /// <summary>"Unrealised potential, US$"</summary>
    public static Bilingual ProductPotentialUnrealised => Phrase(nameof(ProductPotentialUnrealised));

    /// <summary>"Potential exports, US$"</summary>
    public static Bilingual ProductPotentialValue => Phrase(nameof(ProductPotentialValue));

    /// <summary>"World exports, US$"</summary>
    public static Bilingual ProductPotentialWorldExports => Phrase(nameof(ProductPotentialWorldExports));

    /// <summary>"Definitions, conventions and NaN reasons: docs/methods/products.md. An empty cell is a ..."</summary>
    public static Bilingual ProductsMethodNote => Phrase(nameof(ProductsMethodNote));

    /// <summary>"Provenance"</summary>
    public static Bilingual Provenance => Phrase(nameof(Provenance));

    /// <summary>"Pseudo R²"</summary>
    public static Bilingual PseudoRSquared => Phrase(nameof(PseudoRSquared));

    /// <summary>"R²"</summary>
    public static Bilingual RSquared => Phrase(nameof(RSquared));

    /// <summary>"R², %"</summary>
    public static Bilingual RSquaredPct => Phrase(nameof(RSquaredPct));

    /// <summary>"RVC table"</summary>
    public static Bilingual RVCTable => Phrase(nameof(RVCTable));

    /// <summary>"Rank"</summary>
    public static Bilingual Rank => Phrase(nameof(Rank));

    /// <summary>"Rank after"</summary>
    public static Bilingual RankAfter => Phrase(nameof(RankAfter));

    /// <summary>"Rank before"</summary>
    public static Bilingual RankBefore => Phrase(nameof(RankBefore));

    /// <summary>"Ranking"</summary>
    public static Bilingual Ranking => Phrase(nameof(Ranking));

    /// <summary>"Revealed comparative advantage (RCA ≥ 1) in {0} of {1} exported country × product cells..."</summary>
    public static Bilingual RcaSummary => Phrase(nameof(RcaSummary));

    /// <summary>"Revealed comparative advantage (Balassa), {0}, {1}"</summary>
    public static Bilingual RcaTitle => Phrase(nameof(RcaTitle));

    /// <summary>"Reallocated"</summary>
    public static Bilingual Reallocated => Phrase(nameof(Reallocated));

    /// <summary>"Reason"</summary>
    public static Bilingual Reason => Phrase(nameof(Reason));

    /// <summary>"Reason for NaN"</summary>
    public static Bilingual ReasonForNaN => Phrase(nameof(ReasonForNaN));

    /// <summary>"Regional value chains and exports"</summary>
    public static Bilingual RegionalValueChainsAndExports => Phrase(nameof(RegionalValueChainsAndExports));

    /// <summary>"Regression"</summary>
    public static Bilingual Regression => Phrase(nameof(Regression));

    /// <summary>"Regression results"</summary>
    public static Bilingual RegressionResults => Phrase(nameof(RegressionResults));

    /// <summary>"reported"</summary>
    public static Bilingual Reported => Phrase(nameof(Reported));

    /// <summary>"Reporter removed"</summary>
    public static Bilingual ReporterRemoved => Phrase(nameof(ReporterRemoved));

    /// <summary>"Reporter removed from the bloc"</summary>
    public static Bilingual ReporterRemovedFromTheBloc => Phrase(nameof(ReporterRemovedFromTheBloc));

    /// <summary>"**BP coefficient, exports {0}:** positive in {1} of {2} regressions, significant at 5 % in {3}, p..."</summary>
    public static Bilingual RvcBpSummary => Phrase(nameof(RvcBpSummary));

    /// <summary>"Ex = β0 + β1·BP + β2·FP + β3·GDPpc + e, estimated by OLS for each country, industry and export di..."</summary>
    public static Bilingual RvcIntro => Phrase(nameof(RvcIntro));

    /// <summary>" ({0} not estimated)"</summary>
    public static Bilingual RvcNotEstimated => Phrase(nameof(RvcNotEstimated));

    /// <summary>"* p &lt; 0.1, ** p &lt; 0.05, *** p &lt; 0.01 (two-sided t tests with {0} standard errors; F: Wal..."</summary>
    public static Bilingual RvcStarsNote => Phrase(nameof(RvcStarsNote));

    /// <summary>"Regional value chains and exports: OLS, {0} standard errors ({1})"</summary>
    public static Bilingual RvcStudyTitle => Phrase(nameof(RvcStudyTitle));

    /// <summary>"STI"</summary>
    public static Bilingual STI => Phrase(nameof(STI));

    /// <summary>"STI (exports)"</summary>
    public static Bilingual STIExports => Phrase(nameof(STIExports));

    /// <summary>"STI (exports, bloc as one unit)"</summary>
    public static Bilingual STIExportsBlocAsOneUnit => Phrase(nameof(STIExportsBlocAsOneUnit));

    /// <summary>"STI (exports, reporter ∪ bloc)"</summary>
    public static Bilingual STIExportsReporterOrBloc => Phrase(nameof(STIExportsReporterOrBloc));

    /// <summary>"STI (turnover)"</summary>
    public static Bilingual STITurnover => Phrase(nameof(STITurnover));

    /// <summary>"STI (turnover, bloc as one unit)"</summary>
    public static Bilingual STITurnoverBlocAsOneUnit => Phrase(nameof(STITurnoverBlocAsOneUnit));

    /// <summary>"STI (turnover, reporter ∪ bloc)"</summary>
    public static Bilingual STITurnoverReporterOrBloc => Phrase(nameof(STITurnoverReporterOrBloc));

    /// <summary>"Sample and fit"</summary>
    public static Bilingual SampleAndFit => Phrase(nameof(SampleAndFit));

    /// <summary>"scenario = baseline − lost + created + reallocated; nothing is reallocated to a closed market; wi..."</summary>
    public static Bilingual ScenarioAccountingNote => Phrase(nameof(ScenarioAccountingNote));

    /// <summary>"Assumptions of the scenario"</summary>
    public static Bilingual ScenarioAssumptionsTitle => Phrase(nameof(ScenarioAssumptionsTitle));

    /// <summary>"Chart data: lost, created and reallocated exports by partner"</summary>
    public static Bilingual ScenarioChartLostTitle => Phrase(nameof(ScenarioChartLostTitle));

    /// <summary>"Chart data: partner ranking before and after"</summary>
    public static Bilingual ScenarioChartRankTitle => Phrase(nameof(ScenarioChartRankTitle));

    /// <summary>"Technology shift: each pillar's contribution to the export-potential index, baseline and scenario"</summary>
    public static Bilingual ScenarioChartTechnologyTitle => Phrase(nameof(ScenarioChartTechnologyTitle));

    /// <summary>"Closed or cut markets: {0} partners with {1} bn US$ of exports in {2} ({3} % of the total); list:..."</summary>
    public static Bilingual ScenarioClosedSummary => Phrase(nameof(ScenarioClosedSummary));

    /// <summary>"The regionalisation effect is the conditional general-equilibrium effect (GEPPML: multilateral re..."</summary>
    public static Bilingual ScenarioGeUsed => Phrase(nameof(ScenarioGeUsed));

    /// <summary>"Import substitution in the scenario: {0}."</summary>
    public static Bilingual ScenarioImportSubstitutionNote => Phrase(nameof(ScenarioImportSubstitutionNote));

    /// <summary>"The regionalisation effect is the partial effect (multilateral resistances held fixed): the condi..."</summary>
    public static Bilingual ScenarioPartialOnly => Phrase(nameof(ScenarioPartialOnly));

    /// <summary>"Exports of {0} by partner: baseline and scenario, {1} (US$)"</summary>
    public static Bilingual ScenarioPartnersTitle => Phrase(nameof(ScenarioPartnersTitle));

    /// <summary>"Largest gains from reallocation: {0}."</summary>
    public static Bilingual ScenarioReallocationSummary => Phrase(nameof(ScenarioReallocationSummary));

    /// <summary>"Regionalisation: trade factors with the bloc members"</summary>
    public static Bilingual ScenarioRegionalTitle => Phrase(nameof(ScenarioRegionalTitle));

    /// <summary>"Listed but left out: {0}."</summary>
    public static Bilingual ScenarioSkippedNote => Phrase(nameof(ScenarioSkippedNote));

    /// <summary>"Under the scenario, {0}'s exports change from {1} bn US$ to {2} bn US$ ({3} %): {4} bn US$ lost, ..."</summary>
    public static Bilingual ScenarioSummary => Phrase(nameof(ScenarioSummary));

    /// <summary>"medhigh_tech_share_pct: share of medium- and high-technology exports, %; index_score: the export-pot..."</summary>
    public static Bilingual ScenarioTechnologyNote => Phrase(nameof(ScenarioTechnologyNote));

    /// <summary>"Technology shift: raising the share of medium- and high-technology exports of {0} by {1} points ({2}..."</summary>
    public static Bilingual ScenarioTechnologySummary => Phrase(nameof(ScenarioTechnologySummary));

    /// <summary>"Technology shift: {0} on the export-potential index, {1}"</summary>
    public static Bilingual ScenarioTechnologyTitle => Phrase(nameof(ScenarioTechnologyTitle));

    /// <summary>"Scenario for the exports of {0}, {1}"</summary>
    public static Bilingual ScenarioTitle => Phrase(nameof(ScenarioTitle));

    /// <summary>"Totals"</summary>
    public static Bilingual ScenarioTotalsTitle => Phrase(nameof(ScenarioTotalsTitle));

    /// <summary>"Scenario"</summary>
    public static Bilingual ScenarioValue => Phrase(nameof(ScenarioValue));

    /// <summary>"Over"</summary>
    public static Bilingual Scope => Phrase(nameof(Scope));

    /// <summary>"Screening rank"</summary>
    public static Bilingual ScreenRank => Phrase(nameof(ScreenRank));

    /// <summary>"3. Trade intensity of {0} with blocs relative to the neutral value, and the blocs' share in its exports, {1}"</summary>
    public static Bilingual ScreeningBlocsTitle => Phrase(nameof(ScreeningBlocsTitle));

    /// <summary>"1. Export significance index (ESI) of {0} with its {1} largest partners, {2}"</summary>
    public static Bilingual ScreeningEsiTitle => Phrase(nameof(ScreeningEsiTitle));

    /// <summary>"5. Combined ranking: partners that clear the neutral benchmark on all indices"</summary>
    public static Bilingual ScreeningRankingTitle => Phrase(nameof(ScreeningRankingTitle));

    /// <summary>"4. Symmetric trade introversion index (STI) of {0} with its {1} largest partners, {2}"</summary>
    public static Bilingual ScreeningStiTitle => Phrase(nameof(ScreeningStiTitle));

    /// <summary>"2. Trade intensity index (TII, symmetric) of {0} with its {1} largest partners, {2}"</summary>
    public static Bilingual ScreeningTiiTitle => Phrase(nameof(ScreeningTiiTitle));

    /// <summary>"FTA partner screening: {0} ({1}), {2}"</summary>
    public static Bilingual ScreeningTitle => Phrase(nameof(ScreeningTitle));

    /// <summary>"Sector"</summary>
    public static Bilingual Sector => Phrase(nameof(Sector));

    /// <summary>"Series"</summary>
    public static Bilingual Series => Phrase(nameof(Series));

    /// <summary>"Share in exports, %"</summary>
    public static Bilingual ShareInExportsPct => Phrase(nameof(ShareInExportsPct));

    /// <summary>"Share in imports, %"</summary>
    public static Bilingual ShareInImportsPct => Phrase(nameof(ShareInImportsPct));

    /// <summary>"Share in mutual exports, {0} (%)"</summary>
    public static Bilingual ShareInMutualExportsIn => Phrase(nameof(ShareInMutualExportsIn));

    /// <summary>"Share in exports to third countries, {0} (%)"</summary>
    public static Bilingual ShareInThirdCountryExportsIn => Phrase(nameof(ShareInThirdCountryExportsIn));

    /// <summary>"Share in total exports, {0} (%)"</summary>
    public static Bilingual ShareInTotalExportsIn => Phrase(nameof(ShareInTotalExportsIn));

    /// <summary>"Exports most similar to those of {0}: {1}."</summary>
    public static Bilingual SimilaritySummary => Phrase(nameof(SimilaritySummary));

    /// <summary>"Export similarity of {0} with other exporters, {1}, {2}"</summary>
    public static Bilingual SimilarityTitle => Phrase(nameof(SimilarityTitle));

    /// <summary>"Small-sample factor"</summary>
    public static Bilingual SmallSampleFactor => Phrase(nameof(SmallSampleFactor));

    /// <summary>"Source country"</summary>
    public static Bilingual SourceCountry => Phrase(nameof(SourceCountry));

    /// <summary>"source: {0} (`{1}`)"</summary>
    public static Bilingual SourceNote => Phrase(nameof(SourceNote));

    /// <summary>"Source sector"</summary>
    public static Bilingual SourceSector => Phrase(nameof(SourceSector));

    /// <summary>"Standard errors"</summary>
    public static Bilingual StandardErrors => Phrase(nameof(StandardErrors));

    /// <summary>"Standard errors in parentheses. * p &lt; 0.1, ** p &lt; 0.05, *** p &lt; 0.01."</summary>
    public static Bilingual StandardErrorsInParentheses => Phrase(nameof(StandardErrorsInParentheses));

    /// <summary>"Statistic"</summary>
    public static Bilingual Statistic => Phrase(nameof(Statistic));

    /// <summary>"Statistics"</summary>
    public static Bilingual Statistics => Phrase(nameof(Statistics));

    /// <summary>"Std. error"</summary>
    public static Bilingual StdError => Phrase(nameof(StdError));

    /// <summary>"Std. errors"</summary>
    public static Bilingual StdErrors => Phrase(nameof(StdErrors));

    /// <summary>"Symmetric RCA"</summary>
    public static Bilingual SymmetricRca => Phrase(nameof(SymmetricRca));

    /// <summary>"TII"</summary>
    public static Bilingual TII => Phrase(nameof(TII));

    /// <summary>"TII H1"</summary>
    public static Bilingual TIIH1 => Phrase(nameof(TIIH1));

    /// <summary>"TII H1 (one-directional)"</summary>
    public static Bilingual TIIH1OneDirectional => Phrase(nameof(TIIH1OneDirectional));

    /// <summary>"TII (H2, reference study)"</summary>
    public static Bilingual TIIH2AsInReferenceStudy => Phrase(nameof(TIIH2AsInReferenceStudy));

    /// <summary>"TII (H2) / neutral"</summary>
    public static Bilingual TIIH2Neutral => Phrase(nameof(TIIH2Neutral));

    /// <summary>"TII H2, neutral value"</summary>
    public static Bilingual TIIH2NeutralValue => Phrase(nameof(TIIH2NeutralValue));

    /// <summary>"TII H2 (reference study)"</summary>
    public static Bilingual TIIH2ReferenceStudy => Phrase(nameof(TIIH2ReferenceStudy));

    /// <summary>"TII H3"</summary>
    public static Bilingual TIIH3 => Phrase(nameof(TIIH3));

    /// <summary>"TII H3 (intra-bloc included)"</summary>
    public static Bilingual TIIH3IntraBlocIncluded => Phrase(nameof(TIIH3IntraBlocIncluded));

    /// <summary>"TII H4"</summary>
    public static Bilingual TIIH4 => Phrase(nameof(TIIH4));

    /// <summary>"TII H4 (bloc as one territory)"</summary>
    public static Bilingual TIIH4BlocAsOneTerritory => Phrase(nameof(TIIH4BlocAsOneTerritory));

    /// <summary>"TII / neutral"</summary>
    public static Bilingual TIINeutral => Phrase(nameof(TIINeutral));

    /// <summary>"TII one-directional"</summary>
    public static Bilingual TIIOneDirectional => Phrase(nameof(TIIOneDirectional));

    /// <summary>"TII symmetric"</summary>
    public static Bilingual TIISymmetric => Phrase(nameof(TIISymmetric));

    /// <summary>"TII symmetric / neutral"</summary>
    public static Bilingual TIISymmetricNeutral => Phrase(nameof(TIISymmetricNeutral));

    /// <summary>"TII symmetric, neutral value"</summary>
    public static Bilingual TIISymmetricNeutralValue => Phrase(nameof(TIISymmetricNeutralValue));

    /// <summary>"t"</summary>
    public static Bilingual TStatistic => Phrase(nameof(TStatistic));

    /// <summary>"t / z"</summary>
    public static Bilingual TZ => Phrase(nameof(TZ));

    /// <summary>"Term"</summary>
    public static Bilingual Term => Phrase(nameof(Term));

    /// <summary>"The series is empty."</summary>
    public static Bilingual TheSeriesIsEmpty => Phrase(nameof(TheSeriesIsEmpty));

    /// <summary>"Exports to third countries, {0} (US$)"</summary>
    public static Bilingual ThirdCountryExportsIn => Phrase(nameof(ThirdCountryExportsIn));

    /// <summary>"Total exports, {0} (US$)"</summary>
    public static Bilingual TotalExportsIn => Phrase(nameof(TotalExportsIn));

    /// <summary>"Total manufacturing"</summary>
    public static Bilingual TotalManufacturing => Phrase(nameof(TotalManufacturing));

    /// <summary>"Trade complementarity (0–100)"</summary>
    public static Bilingual TradeComplementarity => Phrase(nameof(TradeComplementarity));

    /// <summary>"TradeScope version"</summary>
    public static Bilingual TradeScopeVersion => Phrase(nameof(TradeScopeVersion));

    /// <summary>"Transport equipment"</summary>
    public static Bilingual TransportEquipment => Phrase(nameof(TransportEquipment));

    /// <summary>"Turnover, US$ bn"</summary>
    public static Bilingual TurnoverUsdBn => Phrase(nameof(TurnoverUsdBn));

    /// <summary>"Ubiquity"</summary>
    public static Bilingual Ubiquity => Phrase(nameof(Ubiquity));

    /// <summary>"Untapped (predicted − actual)"</summary>
    public static Bilingual Untapped => Phrase(nameof(Untapped));

    /// <summary>"Value"</summary>
    public static Bilingual Value => Phrase(nameof(Value));

    /// <summary>"Value-chain regression: coefficients"</summary>
    public static Bilingual ValueChainRegressionCoefficients => Phrase(nameof(ValueChainRegressionCoefficients));

    /// <summary>"Value-chain regression panel"</summary>
    public static Bilingual ValueChainRegressionPanel => Phrase(nameof(ValueChainRegressionPanel));

    /// <summary>"Term"</summary>
    public static Bilingual Variable => Phrase(nameof(Variable));

    /// <summary>"Within R²"</summary>
    public static Bilingual WithinRSquared => Phrase(nameof(WithinRSquared));

    /// <summary>"Year"</summary>
    public static Bilingual Year => Phrase(nameof(Year));

    /// <summary>"yes"</summary>
    public static Bilingual Yes => Phrase(nameof(Yes));

    /// <summary>"z"</summary>
    public static Bilingual ZStatistic => Phrase(nameof(ZStatistic));

    /// <summary>"zero base value"</summary>
    public static Bilingual ZeroBaseValue => Phrase(nameof(ZeroBaseValue));

    /// <summary>"zero denominator"</summary>
    public static Bilingual ZeroDenominator => Phrase(nameof(ZeroDenominator));
}
