using System.Reflection;
using System.Reflection.Emit;
using TradeScope.Econometrics;
using Xunit;

namespace TradeScope.Tests.Econometrics;

/// <summary>"The library names its own parameters": no string in the compiled Econometrics code is a command-line
/// option (every <c>ldstr</c> operand of every method body, lambdas and local functions included).</summary>
public sealed class LibraryParameterNamesTests
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The string literals loaded by a method body.</summary>
    internal static IEnumerable<string> Literals(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
            yield break;
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i++];
            if (value == 0xFE)
                value = (short)(0xFE00 | il[i++]);
            var op = OpCodesByValue[value];
            if (op == OpCodes.Ldstr)
                yield return method.Module.ResolveString(BitConverter.ToInt32(il, i));
            i += op.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, i),
                _ => 4,
            };
        }
    }

    /// <summary>Every literal of the types of a namespace (nested and compiler-generated types included).</summary>
    internal static IEnumerable<(string Type, string Literal)> LiteralsOf(Assembly assembly, string ns)
    {
        const BindingFlags all =
            BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetTypes().Where(t => t.Namespace == ns))
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
                foreach (var literal in Literals(method))
                    yield return (type.FullName!, literal);
    }

    [Fact]
    public void Econometrics_has_no_command_line_option_in_its_strings()
    {
        var literals = LiteralsOf(typeof(Ols).Assembly, "TradeScope.Econometrics").ToList();
        // the scan sees literals (this one is in VcovCluster)
        Assert.Contains(literals, l => l.Literal == "give one or two cluster columns: cluster:VAR or cluster:VAR1,VAR2");
        var options = literals
            .Where(l => l.Literal.Contains("--", StringComparison.Ordinal))
            .Select(l => $"{l.Type}: {l.Literal}")
            .ToList();
        Assert.True(options.Count == 0, string.Join("\n", options));
    }
}
