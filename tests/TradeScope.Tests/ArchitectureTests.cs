using System.Reflection;
using System.Reflection.Emit;
using Xunit;
using Xunit.Abstractions;

namespace TradeScope.Tests;

/// <summary>
/// The layering of the library (COMMON brief, "Layout"): method folders (Indices, ValueChains, Econometrics, Products, Potential) never
/// reference each other; Core references no other TradeScope namespace; Model only Core; the library references
/// neither the console toolkit nor the command-line parser. References are collected from signatures (base types,
/// interfaces, fields, properties, events, parameters, return types, locals, generic arguments, attributes) and from
/// method bodies (every member and type token in the IL, resolved through the module).
/// </summary>
public sealed class ArchitectureTests(ITestOutputHelper output)
{
    private static readonly Assembly Library = typeof(TradeScope.Core.InputException).Assembly;

    private static readonly Lazy<IReadOnlyList<Reference>> LibraryReferences = new(() => DependencyScanner.Scan(Library));

    private static IEnumerable<Reference> From(string area) =>
        LibraryReferences.Value.Where(r => DependencyScanner.InArea(r.FromNamespace, area));

    private void AssertNone(IEnumerable<Reference> violations, string rule)
    {
        var list = violations.Distinct().OrderBy(v => v.ToString(), StringComparer.Ordinal).ToList();
        foreach (var v in list)
            output.WriteLine(v.ToString());
        Assert.True(list.Count == 0, $"{rule}: {list.Count} reference(s):\n" + string.Join("\n", list.Take(30)));
    }

    [Theory]
    [InlineData("TradeScope.Indices")]
    [InlineData("TradeScope.ValueChains")]
    [InlineData("TradeScope.Econometrics")]
    [InlineData("TradeScope.Products")]
    [InlineData("TradeScope.Potential")]
    public void Method_folders_never_reference_each_other(string area)
    {
        string[] methods =
        [
            "TradeScope.Indices",
            "TradeScope.ValueChains",
            "TradeScope.Econometrics",
            "TradeScope.Products",
            "TradeScope.Potential",
        ];
        var others = methods.Where(m => m != area).ToArray();
        AssertNone(
            From(area).Where(r => others.Any(o => DependencyScanner.InArea(r.ToNamespace, o))),
            $"{area} must not reference {string.Join(" or ", others)}"
        );
    }

    [Fact]
    public void Core_references_no_other_TradeScope_namespace() =>
        AssertNone(
            From("TradeScope.Core")
                .Where(r =>
                    r.ToNamespace.StartsWith("TradeScope", StringComparison.Ordinal)
                    && !DependencyScanner.InArea(r.ToNamespace, "TradeScope.Core")
                ),
            "TradeScope.Core must reference only itself"
        );

    [Fact]
    public void Model_references_only_Core() =>
        AssertNone(
            From("TradeScope.Model")
                .Where(r =>
                    r.ToNamespace.StartsWith("TradeScope", StringComparison.Ordinal)
                    && !DependencyScanner.InArea(r.ToNamespace, "TradeScope.Model")
                    && !DependencyScanner.InArea(r.ToNamespace, "TradeScope.Core")
                ),
            "TradeScope.Model must reference only TradeScope.Core"
        );

    [Theory]
    [InlineData("Spectre.Console")]
    [InlineData("System.CommandLine")]
    public void Library_does_not_reference_the_console_packages(string package)
    {
        Assert.DoesNotContain(Library.GetReferencedAssemblies(), a => a.Name!.StartsWith(package, StringComparison.Ordinal));
        AssertNone(
            LibraryReferences.Value.Where(r => r.ToAssembly.StartsWith(package, StringComparison.Ordinal)),
            $"the TradeScope library must not reference {package}"
        );
    }

    // ---- the scanner itself: it must see references that exist, including those only inside method bodies ----

    [Fact]
    public void Scanner_finds_references_in_signatures_and_in_method_bodies_only()
    {
        var found = DependencyScanner
            .Scan(typeof(ArchitectureSamples.BodyOnly).Assembly)
            .Where(r => r.FromNamespace == typeof(ArchitectureSamples.BodyOnly).Namespace)
            .ToList();
        // BodyOnly calls a static method and reads a static field of other namespaces only inside a method body.
        Assert.Contains(found, r => r.FromType.EndsWith("BodyOnly", StringComparison.Ordinal) && r.ToNamespace == "TradeScope.Indices");
        Assert.Contains(found, r => r.FromType.EndsWith("BodyOnly", StringComparison.Ordinal) && r.ToNamespace == "TradeScope.Data");
        // A lambda's closure is a compiler-generated nested type: its references count for the enclosing namespace.
        Assert.Contains(
            found,
            r =>
                r.FromType.StartsWith(typeof(ArchitectureSamples.InLambda).FullName + "+", StringComparison.Ordinal)
                && r.ToNamespace == "TradeScope.ValueChains"
        );
        // Signatures and generic arguments.
        Assert.Contains(
            found,
            r => r.FromType.EndsWith("InSignature", StringComparison.Ordinal) && r.ToNamespace == "TradeScope.Econometrics"
        );
        Assert.Contains(found, r => r.FromType.EndsWith("InSignature", StringComparison.Ordinal) && r.ToNamespace == "TradeScope.Model");
        // The console packages are seen through the CLI assembly, which uses them.
        var cli = DependencyScanner.Scan(typeof(TradeScope.Cli.App).Assembly);
        Assert.Contains(cli, r => r.ToAssembly == "System.CommandLine");
    }

    [Fact]
    public void Current_cross_area_dependencies_are_reported()
    {
        // Not a rule: the table of area → area references, printed for review (the rules above are the assertions).
        var areas = LibraryReferences
            .Value.Where(r => r.ToNamespace.StartsWith("TradeScope.", StringComparison.Ordinal))
            .Select(r => (From: DependencyScanner.Area(r.FromNamespace), To: DependencyScanner.Area(r.ToNamespace)))
            .Where(p => p.From != p.To)
            .Distinct()
            .OrderBy(p => p.From)
            .ThenBy(p => p.To)
            .ToList();
        foreach (var (from, to) in areas)
            output.WriteLine($"{from} -> {to}");
        Assert.Contains(("TradeScope.Analyses", "TradeScope.Indices"), areas); // the workflows call the methods
    }
}

/// <summary>One reference from a type of the scanned assembly to a type (or a member's declaring type).</summary>
public sealed record Reference(string FromType, string FromNamespace, string ToType, string ToNamespace, string ToAssembly, string Via)
{
    public override string ToString() => $"{FromType} -> {ToType} [{ToAssembly}] via {Via}";
}

/// <summary>Collects the types an assembly's types refer to, from metadata signatures and IL operand tokens.</summary>
public static class DependencyScanner
{
    private const BindingFlags All =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>True when the namespace is the area or inside it ("TradeScope.Indices" contains "TradeScope.Indices.X").</summary>
    public static bool InArea(string ns, string area) => ns == area || ns.StartsWith(area + ".", StringComparison.Ordinal);

    /// <summary>The first two segments of a TradeScope namespace ("TradeScope.Indices").</summary>
    public static string Area(string ns)
    {
        var parts = ns.Split('.');
        return parts.Length >= 2 ? parts[0] + "." + parts[1] : ns;
    }

    public static IReadOnlyList<Reference> Scan(Assembly assembly)
    {
        var result = new List<Reference>();
        foreach (var type in assembly.GetTypes())
        {
            var ns = type.Namespace;
            if (ns is null)
                continue; // <PrivateImplementationDetails>, anonymous types
            var from = type.FullName ?? type.Name;
            void Add(Type? t, string via)
            {
                foreach (var target in Expand(t))
                    if (target.Namespace is not null && target.Assembly != typeof(object).Assembly)
                        result.Add(
                            new Reference(from, ns, target.FullName ?? target.Name, target.Namespace!, target.Assembly.GetName().Name!, via)
                        );
            }
            Add(type.BaseType, "base type");
            foreach (var i in type.GetInterfaces())
                Add(i, "interface");
            foreach (var a in type.CustomAttributes)
                Add(a.AttributeType, "attribute");
            foreach (var f in type.GetFields(All))
            {
                Add(f.FieldType, $"field {f.Name}");
                foreach (var a in f.CustomAttributes)
                    Add(a.AttributeType, $"attribute of {f.Name}");
            }
            foreach (var p in type.GetProperties(All))
                Add(p.PropertyType, $"property {p.Name}");
            foreach (var e in type.GetEvents(All))
                Add(e.EventHandlerType, $"event {e.Name}");
            foreach (var m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
            {
                if (m is MethodInfo mi)
                    Add(mi.ReturnType, $"return of {m.Name}");
                foreach (var p in m.GetParameters())
                    Add(p.ParameterType, $"parameter of {m.Name}");
                foreach (var a in m.CustomAttributes)
                    Add(a.AttributeType, $"attribute of {m.Name}");
                if (m.IsGenericMethodDefinition)
                    foreach (var g in m.GetGenericArguments())
                        foreach (var c in g.GetGenericParameterConstraints())
                            Add(c, $"constraint of {m.Name}");
                MethodBody? body;
                try
                {
                    body = m.GetMethodBody();
                }
                catch (Exception ex) when (ex is BadImageFormatException or InvalidOperationException)
                {
                    body = null;
                }
                if (body is null)
                    continue;
                foreach (var local in body.LocalVariables)
                    Add(local.LocalType, $"local in {m.Name}");
                foreach (var c in body.ExceptionHandlingClauses)
                    if (c.Flags == ExceptionHandlingClauseOptions.Clause)
                        Add(c.CatchType, $"catch in {m.Name}");
                foreach (var member in BodyReferences(m, body))
                {
                    switch (member)
                    {
                        case Type t:
                            Add(t, $"IL in {m.Name}");
                            break;
                        case MethodBase callee:
                            Add(callee.DeclaringType, $"IL call in {m.Name}");
                            if (callee.IsGenericMethod)
                                foreach (var g in callee.GetGenericArguments())
                                    Add(g, $"IL call in {m.Name}");
                            break;
                        case FieldInfo field:
                            Add(field.DeclaringType, $"IL field in {m.Name}");
                            Add(field.FieldType, $"IL field in {m.Name}");
                            break;
                    }
                }
            }
        }
        return result;
    }

    /// <summary>A type with its element types and generic arguments (List&lt;IndexValue[]&gt; → List`1, IndexValue).</summary>
    private static IEnumerable<Type> Expand(Type? type)
    {
        if (type is null || type.IsGenericParameter)
            yield break;
        if (type.HasElementType)
        {
            foreach (var e in Expand(type.GetElementType()))
                yield return e;
            yield break;
        }
        yield return type.IsGenericType && !type.IsGenericTypeDefinition ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
            foreach (var g in type.GetGenericArguments())
                foreach (var e in Expand(g))
                    yield return e;
    }

    /// <summary>Members and types named by the operand tokens of a method body's IL.</summary>
    private static IEnumerable<MemberInfo> BodyReferences(MethodBase method, MethodBody body)
    {
        var il = body.GetILAsByteArray();
        if (il is null)
            yield break;
        var module = method.Module;
        var typeArgs = method.DeclaringType is { IsGenericType: true } dt ? dt.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i++];
            if (value == 0xFE)
                value = (short)(0xFE00 | il[i++]);
            if (!OpCodesByValue.TryGetValue(value, out var op))
                throw new InvalidOperationException($"unknown opcode 0x{value:X} in {method.DeclaringType}.{method.Name}");
            switch (op.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, i);
                    i += 4;
                    MemberInfo? member;
                    try
                    {
                        member = module.ResolveMember(token, typeArgs, methodArgs);
                    }
                    catch (Exception ex)
                        when (ex is ArgumentException or BadImageFormatException or TypeLoadException or FileNotFoundException)
                    {
                        member = null;
                    }
                    if (member is not null)
                        yield return member;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + 4 * BitConverter.ToInt32(il, i);
                    break;
                default:
                    i += 4;
                    break; // InlineBrTarget, InlineI, InlineSig, InlineString, ShortInlineR
            }
        }
    }
}
