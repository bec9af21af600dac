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
    public InputException(string message) : base(Safe(message)) { }
    public InputException(string message, Exception inner) : base(Safe(message), inner) { }

    private static string Safe(string message) => InputText.Clip(InputText.Printable(message), 1000);

    private InputException(string parameter, string? value, string detail) : base(Format(parameter, value, detail))
    {
        Parameter = parameter;
        Value = value;
        Detail = detail;
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
        Parameter is null ? Message : Format(rename(Parameter), Value, Detail!);

    private static string Format(string parameter, string? value, string detail) =>
        value is null ? $"{parameter}: {detail}" : $"{parameter} {value}: {detail}";
}

/// <summary>
/// A numerical failure (singular matrix, no convergence). The command line exits with code 3.
/// </summary>
public sealed class NumericalException(string message) : Exception(message);
