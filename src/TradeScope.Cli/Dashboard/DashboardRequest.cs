using System.CommandLine;
using TradeScope.Core;

namespace TradeScope.Cli.Dashboard;

/// <summary>
/// A dashboard query turned into the command line it mirrors: <c>/api/run/screen?reporter=RUS&amp;year=2019</c> is
/// <c>tradescope screen --reporter RUS --year 2019 --format json</c>. The endpoint runs exactly that command, so the
/// dashboard validates as the CLI does and answers with the CLI's one-line messages.
/// </summary>
/// <param name="Arguments">The command line (without the program name).</param>
/// <param name="Format">The output format (json, csv, xlsx, html, md).</param>
internal sealed record DashboardRequest(IReadOnlyList<string> Arguments, string Format)
{
    /// <summary>Formats the dashboard serves, with their content types.</summary>
    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["json"] = "application/json; charset=utf-8",
        ["csv"] = "text/csv; charset=utf-8",
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["html"] = "text/html; charset=utf-8",
        ["md"] = "text/markdown; charset=utf-8",
    };

    /// <summary>Query parameters that steer the dashboard, not the command.</summary>
    public const string FormatParameter = "format",
        JobParameter = "job";

    /// <summary>Options a dashboard query may not set: the output goes back to the browser, never to a file.</summary>
    private static readonly HashSet<string> Refused = new(StringComparer.Ordinal) { "--out", "--help", "--format" };

    /// <summary>Commands the dashboard does not run (they write files or serve).</summary>
    private static readonly HashSet<string> NotServed = new(StringComparer.Ordinal) { "serve", "import", "db" };

    /// <summary>
    /// The command line for <paramref name="path"/> (command words, e.g. ["products", "rca"]) and the query; throws
    /// <see cref="InputException"/> with a one-line message for an unknown command or parameter.
    /// </summary>
    public static DashboardRequest Parse(RootCommand root, IReadOnlyList<string> path, IEnumerable<KeyValuePair<string, string>> query)
    {
        Command command = root;
        foreach (var word in path)
            command =
                command.Subcommands.FirstOrDefault(c => c.Name == word) is { } next && !NotServed.Contains(next.Name)
                    ? next
                    : throw new InputException(
                        $"unknown command '{InputText.Clip(string.Join(' ', path), 60)}'; the dashboard serves: {Served(root)}"
                    );
        if (command == root || command.Subcommands.Count > 0 && command.Action is null)
            throw new InputException($"name a command; the dashboard serves: {Served(root)}");
        var arguments = new List<string>(path);
        var format = "json";
        foreach (var (key, value) in query)
        {
            if (key == FormatParameter)
            {
                format = ContentTypes.ContainsKey(value)
                    ? value
                    : throw new InputException(
                        $"format '{InputText.Clip(value, 20)}' is not served; use {string.Join(", ", ContentTypes.Keys)}"
                    );
                continue;
            }
            if (key == JobParameter)
                continue;
            var option = Option(command, key);
            arguments.Add(option.Name);
            if (option.Arity.MaximumNumberOfValues > 0)
                arguments.Add(value);
            else if (!string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) && value.Length > 0)
                throw new InputException($"{option.Name} is a switch: give {key}=true or leave it out");
        }
        arguments.Add("--format");
        arguments.Add(format);
        return new DashboardRequest(arguments, format);
    }

    private static Option Option(Command command, string key)
    {
        var name = "--" + key;
        var option = command.Options.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));
        if (option is null || Refused.Contains(option.Name))
        {
            var accepted = command
                .Options.Where(o => o.Name.StartsWith("--", StringComparison.Ordinal) && !Refused.Contains(o.Name))
                .Select(o => o.Name[2..]);
            throw new InputException(
                $"unknown parameter '{InputText.Clip(key, 30)}' for {command.Name}; accepted: {string.Join(", ", accepted)}, format"
            );
        }
        return option;
    }

    /// <summary>The commands the dashboard runs, by name.</summary>
    public static IReadOnlyList<string> ServedCommands(RootCommand root) =>
        [.. root.Subcommands.Where(c => !NotServed.Contains(c.Name) && c.Name != "about").Select(c => c.Name)];

    /// <summary>The formats a command offers (its <c>--format</c> values) that the dashboard serves, e.g. screen →
    /// csv, md, xlsx, json, html; empty for a command without <c>--format</c>.</summary>
    public static IReadOnlyList<string> FormatsOf(Command command) =>
        command.Options.FirstOrDefault(o => o.Name == "--format") is { } format
            ?
            [
                .. format
                    .GetCompletions(System.CommandLine.Completions.CompletionContext.Empty)
                    .Select(c => c.Label)
                    .Where(ContentTypes.ContainsKey),
            ]
            : [];

    /// <summary>Each served command with the formats it offers (the page shows a download only where it exists).</summary>
    public static IReadOnlyList<ServedCommand> Catalogue(RootCommand root) =>
        [.. ServedCommands(root).Select(name => new ServedCommand(name, FormatsOf(root.Subcommands.First(c => c.Name == name))))];

    private static string Served(RootCommand root) => string.Join(", ", ServedCommands(root));
}

/// <summary>A command of the dashboard's catalogue (<c>GET /api/commands</c>).</summary>
internal sealed record ServedCommand(string Name, IReadOnlyList<string> Formats);
