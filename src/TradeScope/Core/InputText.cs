using System.Text;

namespace TradeScope.Core;

/// <summary>Echoes of file content in messages: printable, one line, short (a damaged file can hold anything).</summary>
public static class InputText
{
    /// <summary>The text in single quotes, control and invisible characters shown as '?', cut to <paramref name="max"/>
    /// characters.</summary>
    public static string Quote(string? text, int max = 40) => "'" + Clip(Printable(text ?? ""), max) + "'";

    /// <summary>Replaces control, format (bidirectional overrides, zero-width) and unpaired surrogate characters by '?'.</summary>
    public static string Printable(string text)
    {
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var bad =
                char.IsControl(c)
                || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format
                || (char.IsSurrogate(c) && !pair && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])));
            if (bad)
                (result ??= new StringBuilder(text, 0, i, text.Length)).Append('?');
            else
                result?.Append(c);
        }
        return result?.ToString() ?? text;
    }

    /// <summary>The text cut to <paramref name="max"/> characters with "…" when longer.</summary>
    public static string Clip(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
