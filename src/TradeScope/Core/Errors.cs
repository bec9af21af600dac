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

    /// <summary>An error located in a file: "path:line: message".</summary>
    public static InputException At(string file, long line, string message) => new($"{file}:{line}: {message}");

    /// <summary>An error in a command-line argument: "--name VALUE: message".</summary>
    public static InputException Argument(string option, string? value, string message) =>
        new(value is null ? $"{option}: {message}" : $"{option} {value}: {message}");
}

/// <summary>
/// A numerical failure (singular matrix, no convergence). The command line exits with code 3.
/// </summary>
public sealed class NumericalException(string message) : Exception(message);
