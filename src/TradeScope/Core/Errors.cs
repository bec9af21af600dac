namespace TradeScope.Core;

/// <summary>
/// Bad input or data: a missing or malformed file, an unknown code, a year or reporter not in the data.
/// The command line prints <see cref="Exception.Message"/> as one line and exits with code 2.
/// </summary>
/// <remarks>Build messages with <see cref="At(string, long, string)"/> so they name the file and line.</remarks>
public sealed class InputException : Exception
{
    /// <summary>The message is made printable (control and invisible characters shown as '?') and cut to 1,000
    /// characters: it is one line on the terminal, and echoes of a damaged file can hold anything.</summary>
    public InputException(string message)
        : base(Safe(Render(message, Plain))) => _template = message;

    public InputException(string message, Exception inner)
        : base(Safe(Render(message, Plain)), inner) => _template = message;

    /// <summary>The message (or, for a parameter, the detail) with <see cref="Mention"/> markers left in.</summary>
    private readonly string _template;

    private static string Safe(string message) => InputText.Clip(InputText.Printable(message), 1000);

    private InputException(string parameter, string? value, string detail)
        : base(Format(parameter, value, Render(detail, Plain)))
    {
        Parameter = parameter;
        Value = value;
        Detail = Render(detail, Plain);
        _template = detail;
    }

    /// <summary>The parameter the error is about (set by <see cref="Argument"/>), in the library's own words, e.g.
    /// <c>vcov</c>; a front end renders it in its own (the command line as <c>--vcov</c>) with <see cref="MessageFor"/>.</summary>
    public string? Parameter { get; }

    /// <summary>The offending value of <see cref="Parameter"/>, or null.</summary>
    public string? Value { get; }

    /// <summary>What is wrong with the value and what to do, without the parameter and value.</summary>
    public string? Detail { get; }

    /// <summary>An error located in a file: "path:line: message".</summary>
    public static InputException At(string file, long line, string message) => new($"{file}:{line}: {message}");

    /// <summary>An error in a parameter: "PARAMETER VALUE: message". Pass the library's own parameter name (e.g. a
    /// constant of <c>EconometricsParameters</c>); a front end maps it to its own name with <see cref="MessageFor"/>.
    /// Folders not yet converted still pass a command-line option ("--years"), which front ends keep as it is.</summary>
    public static InputException Argument(string parameter, string? value, string message) => new(parameter, value, message);

    /// <summary>The message with <see cref="Parameter"/> renamed by <paramref name="rename"/> (e.g. <c>vcov</c> →
    /// <c>--vcov</c>); <see cref="Exception.Message"/> itself when the error is not about a parameter.</summary>
    public string MessageFor(Func<string, string> rename) =>
        Parameter is null ? Safe(Render(_template, rename)) : Format(rename(Parameter), Value, Render(_template, rename));

    /// <summary>Another parameter named inside a message, e.g. <c>$"omit {InputException.Mention("layout")}"</c>: the
    /// library's <see cref="Exception.Message"/> shows the name (<c>omit layout</c>), <see cref="MessageFor"/> renames it
    /// like <see cref="Parameter"/> (<c>omit --layout</c>).</summary>
    public static string Mention(string parameter) => $"{MentionStart}{parameter}{MentionEnd}";

    private const char MentionStart = '\u0001',
        MentionEnd = '\u0002';

    private static string Plain(string parameter) => parameter;

    /// <summary>The text with each <see cref="Mention"/> replaced by <paramref name="rename"/> of its parameter.</summary>
    private static string Render(string text, Func<string, string> rename)
    {
        var start = text.IndexOf(MentionStart);
        if (start < 0)
            return text;
        var end = text.IndexOf(MentionEnd, start);
        if (end < 0)
            return text;
        return text[..start] + rename(text[(start + 1)..end]) + Render(text[(end + 1)..], rename);
    }

    private static string Format(string parameter, string? value, string detail) =>
        value is null ? $"{parameter}: {detail}" : $"{parameter} {value}: {detail}";
}

/// <summary>
/// A numerical failure (singular matrix, no convergence). The command line exits with code 3.
/// </summary>
public sealed class NumericalException(string message) : Exception(message);
