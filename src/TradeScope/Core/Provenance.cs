namespace TradeScope.Core;

/// <summary>Where a data set came from and how it was read: carried by results and printed in report footers.</summary>
/// <param name="Source">Human-readable source, e.g. "UN Comtrade, merchandise exports, all goods, US$".</param>
/// <param name="Location">File or resource the data were read from.</param>
/// <param name="Notes">Conventions applied while reading (codes mapped, rows dropped, ...).</param>
public sealed record Provenance(string Source, string Location, IReadOnlyList<string> Notes)
{
    public Provenance(string source, string location) : this(source, location, []) { }
    public Provenance WithNote(string note) => this with { Notes = [.. Notes, note] };
}
