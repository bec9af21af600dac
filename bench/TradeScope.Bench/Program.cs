using TradeScope.Bench;

// Usage: dotnet run -c Release --project bench/TradeScope.Bench -- [suite ...]   (no argument: list the suites)
var suites = typeof(IBenchSuite)
    .Assembly.GetTypes()
    .Where(t => typeof(IBenchSuite).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
    .Select(t => (IBenchSuite)Activator.CreateInstance(t)!)
    .OrderBy(s => s.Name, StringComparer.Ordinal)
    .ToList();
if (args.Length == 0)
{
    Console.WriteLine("Benchmark suites (run one or more by name, or 'all'):");
    foreach (var s in suites)
        Console.WriteLine($"  {s.Name,-16} {s.Description}");
    return 0;
}
var chosen = args.Contains("all") ? suites : suites.Where(s => args.Contains(s.Name)).ToList();
if (chosen.Count == 0)
{
    Console.Error.WriteLine($"error: no suite named {string.Join(", ", args)}; run without arguments to list them");
    return 2;
}
foreach (var suite in chosen)
{
    Console.WriteLine($"== {suite.Name}: {suite.Description}");
    var report = new BenchReport(Console.Out);
    suite.Run(report);
    report.PrintSummary();
}
return 0;
