using System.CommandLine;
using TradeScope.Econometrics;

namespace TradeScope.Cli;

/// <summary><c>--vcov</c> for a command, generated from the covariance registry (<see cref="VcovKind.All"/>) and what
/// the command's model or analysis supports (<see cref="VcovCapability"/>): the help lists exactly the types it
/// accepts, with their aliases and why the others are not available, and the shell completes their names.</summary>
public static class VcovOption
{
    /// <summary>The option; parse its value with <see cref="VcovSpec.Parse(string, VcovCapability?)"/> and the same
    /// capability.</summary>
    /// <param name="capability">What the command can supply (e.g. <see cref="VcovCapability.Everything"/>).</param>
    /// <param name="default">The default type (a type without arguments).</param>
    /// <param name="conventions">A note on conventions for the help, e.g. "fixest small-sample conventions", or null.</param>
    public static Option<string> Create(VcovCapability capability, VcovKind @default, string? conventions = null)
    {
        var option = new Option<string>("--vcov")
        {
            Description = Description(capability, @default, conventions),
            DefaultValueFactory = _ => @default.Name,
            HelpName = "type", // the choices are in the description; the completions would list every alias here
        };
        option.CompletionSources.Add([.. capability.Kinds.SelectMany(k => k.Aliases.Prepend(k.Arguments is null ? k.Name : k.Name + ":"))]);
        return option;
    }

    /// <summary>The help text: "Standard errors: iid|hc0|… (default hc1; conventions); aliases: standard = iid, …;
    /// not available: cluster needs cluster variables, which …".</summary>
    public static string Description(VcovCapability capability, VcovKind @default, string? conventions = null)
    {
        var kinds = capability.Kinds;
        var aliases = kinds.Where(k => k.Aliases.Count > 0).Select(k => $"{string.Join(" = ", k.Aliases)} = {k.Name}").ToList();
        var refused = VcovKind.All.Select(capability.Refusal).OfType<string>().ToList();
        return $"Standard errors: {string.Join('|', kinds.Select(k => k.Syntax))} (default {@default.Name}"
            + $"{(conventions is null ? "" : $"; {conventions}")})"
            + $"{(aliases.Count > 0 ? $"; aliases: {string.Join(", ", aliases)}" : "")}"
            + $"{(refused.Count > 0 ? $"; not available: {string.Join("; ", refused)}" : "")}.";
    }
}
