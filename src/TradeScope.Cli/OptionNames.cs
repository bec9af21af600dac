using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Data.Products;
using TradeScope.Econometrics;
using TradeScope.Potential.Composite;
using TradeScope.Potential.ExportPotential;
using TradeScope.ValueChains;

namespace TradeScope.Cli;

/// <summary>
/// The one table from the library's parameter names to this program's option names, used when an
/// <see cref="InputException"/> is shown (<see cref="App.Guard"/>): the library says <c>vcov hc9: unknown covariance
/// type …</c>, the user reads <c>--vcov hc9: unknown covariance type …</c>.
/// </summary>
/// <remarks>
/// <para>The mechanism: a library folder declares the names of its parameters as constants (e.g.
/// <see cref="EconometricsParameters"/>) and throws <c>InputException.Argument(EconometricsParameters.Vcov, value,
/// message)</c>; the exception keeps the parameter, value and message apart (<see cref="InputException.Parameter"/>),
/// and <see cref="Message"/> re-renders it with the option name from <see cref="Table"/>. The library never writes
/// "--"; the command line alone knows its options.</para>
/// <para>Adopting it in another folder (Analyses, Data, ValueChains still pass literal options such as "--years"):
/// (1) add a <c>&lt;Folder&gt;Parameters</c> class of constants next to the code; (2) pass the constant instead of the
/// literal; (3) add its rows here. A parameter that is already an option name ("--years") and a parameter without a
/// row are shown as they are, so folders can move one at a time; a test checks that every constant of every
/// <c>*Parameters</c> class of the library has a row and that its option exists on some command. If two commands
/// ever need different options for one library parameter, give the library two parameter names rather than make
/// this table depend on the command.</para>
/// </remarks>
public static class OptionNames
{
    /// <summary>Library parameter name → command-line option.</summary>
    public static IReadOnlyDictionary<string, string> Table { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [EconometricsParameters.Formula] = "--formula",
            [EconometricsParameters.Vcov] = "--vcov",
            [DataParameters.Table] = "--table",
            [DataParameters.Tables] = "--tables",
            [DataParameters.Layout] = "--layout",
            [DataParameters.Year] = "--year",
            [DataParameters.CountryCount] = "--countries",
            [DataParameters.SectorCount] = "--sectors",
            [DataParameters.Data] = "--data",
            [DataParameters.Reporter] = "--reporter",
            [DataParameters.Groups] = "--groups",
            [AnalysesParameters.Years] = "--years",
            [AnalysesParameters.Partners] = "--partners",
            [AnalysesParameters.Exporter] = "--exporter",
            [AnalysesParameters.Sectors] = "--sectors",
            [AnalysesParameters.Group] = "--group",
            [AnalysesParameters.Countries] = "--countries",
            [AnalysesParameters.Reporter] = "--reporter",
            [AnalysesParameters.Year] = "--year",
            [AnalysesParameters.From] = "--from",
            [AnalysesParameters.Gdp] = "--gdp",
            [AnalysesParameters.To] = "--to",
            [AnalysesParameters.Bloc] = "--bloc",
            [AnalysesParameters.By] = "--by",
            [AnalysesParameters.Products] = "--products",
            [AnalysesParameters.Partner] = "--partner",
            [AnalysesParameters.Horizon] = "--horizon",
            [AnalysesParameters.SupplyGrowth] = "--supply-growth",
            [AnalysesParameters.DemandGrowth] = "--demand-growth",
            [AnalysesParameters.TariffElasticity] = "--tariff-elasticity",
            [AnalysesParameters.DistanceElasticity] = "--distance-elasticity",
            [AnalysesParameters.Window] = "--window",
            [AnalysesParameters.Shock] = "--shock",
            [ValueChainParameters.Exporter] = "--exporter",
            [ValueChainParameters.Method] = "--method",
            [ValueChainParameters.Sectors] = "--sectors",
            [ProductStoreParameters.Db] = "--db",
            [ProductStoreParameters.Source] = "--source",
            [ProductStoreParameters.HsRevision] = "--hs-revision",
            [ProductStoreParameters.Parquet] = "--parquet",
            [ValueChainParameters.Vaxim] = "--vaxim",
            [PotentialParameters.Year] = "--year",
            [PotentialParameters.Sanctions] = "--sanctions",
            [PotentialParameters.Units] = "--units",
            [PotentialParameters.Pillars] = "--pillars",
            [PotentialParameters.Db] = "--db",
            [PotentialParameters.MonteCarlo] = "--mc",
            [CompositeParameters.Normalise] = "--normalise",
            [CompositeParameters.Aggregate] = "--aggregate",
            [CompositeParameters.Weights] = "--weights",
            [CompositeParameters.Impute] = "--impute",
            [CompositeParameters.Treat] = "--treat",
            [CompositeParameters.MonteCarlo] = "--mc",
            [CompositeParameters.Sensitivity] = "--sensitivity",
            [CompositeParameters.Meta] = "--meta",
            ["host"] = "--host",
            ["port"] = "--port",
            [ValueChainParameters.Economy] = "--economy",
            [ValueChainParameters.Industries] = "--industries",
            [ValueChainParameters.Cut] = "--cut",
        };

    /// <summary>The option for a library parameter name; the name itself when it has no row (e.g. it is already "--x").</summary>
    public static string For(string parameter) => Table.TryGetValue(parameter, out var option) ? option : parameter;

    /// <summary>The exception's message as the command line shows it: its parameter renamed to the option.</summary>
    public static string Message(InputException e) => e.MessageFor(For);
}
