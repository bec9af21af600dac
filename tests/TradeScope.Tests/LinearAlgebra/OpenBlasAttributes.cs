using TradeScope.LinearAlgebra;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace TradeScope.Tests.LinearAlgebra;

/// <summary>Skip notice shared by every OpenBLAS-only test; null when the library loads.</summary>
public static class OpenBlasSkip
{
    public static string? Reason => LinearAlgebraProviders.OpenBlasUnavailableReason;
}

/// <summary>A fact that needs libopenblas.so.0: skipped with a visible notice (how to install it) where it is missing.</summary>
public sealed class OpenBlasFactAttribute : FactAttribute
{
    public OpenBlasFactAttribute()
    {
        if (OpenBlasSkip.Reason is { } reason)
            Skip = reason;
    }
}

/// <summary>A theory that needs libopenblas.so.0: skipped with a visible notice where it is missing.</summary>
public sealed class OpenBlasTheoryAttribute : TheoryAttribute
{
    public OpenBlasTheoryAttribute()
    {
        if (OpenBlasSkip.Reason is { } reason)
            Skip = reason;
    }
}

/// <summary>Marks a test class (deriving from a provider contract) whose provider is OpenBLAS: its
/// <see cref="ProviderFactAttribute"/> and <see cref="ProviderTheoryAttribute"/> tests are skipped with the
/// OpenBLAS notice where the library is missing, while the managed class runs them everywhere.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresOpenBlasAttribute : Attribute;

/// <summary>A fact declared once in an abstract contract class and run for each derived provider class; skipped
/// for a class marked <see cref="RequiresOpenBlasAttribute"/> when OpenBLAS is missing.</summary>
[XunitTestCaseDiscoverer("TradeScope.Tests.LinearAlgebra.ProviderFactDiscoverer", "TradeScope.Tests")]
public sealed class ProviderFactAttribute : FactAttribute;

/// <summary>A theory declared once in an abstract contract class; see <see cref="ProviderFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("TradeScope.Tests.LinearAlgebra.ProviderTheoryDiscoverer", "TradeScope.Tests")]
public sealed class ProviderTheoryAttribute : TheoryAttribute;

/// <summary>Marks a contract class whose provider runs on a GEMM micro-kernel this CPU may lack (AVX2, AVX-512, …):
/// its provider tests are skipped with a notice where the kernel cannot run.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class RequiresKernelAttribute(MicroKernel kernel) : Attribute
{
    public MicroKernel Kernel { get; } = kernel;
}

internal static class ProviderSkip
{
    public static string? For(ITestMethod method)
    {
        if (method.TestClass.Class.GetCustomAttributes(typeof(RequiresOpenBlasAttribute)).Any())
            return OpenBlasSkip.Reason;
        var kernel = method.TestClass.Class.GetCustomAttributes(typeof(RequiresKernelAttribute)).FirstOrDefault();
        if (kernel?.GetConstructorArguments().FirstOrDefault() is MicroKernel k && !KernelShape.IsSupported(k))
            return $"this CPU cannot run the {k} GEMM kernel";
        return null;
    }

    public static IXunitTestCase Skipped(IMessageSink sink, ITestFrameworkDiscoveryOptions options, ITestMethod method, string reason) =>
        new XunitSkippedDataRowTestCase(sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), method, reason);
}

public sealed class ProviderFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions options,
        ITestMethod method,
        IAttributeInfo factAttribute
    ) =>
        ProviderSkip.For(method) is { } reason
            ? [ProviderSkip.Skipped(DiagnosticMessageSink, options, method, reason)]
            : base.Discover(options, method, factAttribute);
}

public sealed class ProviderTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions options,
        ITestMethod method,
        IAttributeInfo theoryAttribute
    ) =>
        ProviderSkip.For(method) is { } reason
            ? [ProviderSkip.Skipped(DiagnosticMessageSink, options, method, reason)]
            : base.Discover(options, method, theoryAttribute);
}
