using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using System.Text.Unicode;
using DuckDB.NET.Data;
using TradeScope.Core;

namespace TradeScope.Data;

/// <summary>How a verified input file is to be read.</summary>
public enum InputFormat
{
    /// <summary>UTF-8 text (CSV or JSON), optionally with a byte-order mark.</summary>
    Text,

    /// <summary>UTF-8 text inside a gzip archive whose every member passed its CRC-32 and length check.</summary>
    GzipText,

    /// <summary>A Parquet file (starts and ends with the PAR1 marker); its content is checked by the Parquet reader.</summary>
    Parquet,
}

/// <summary>
/// The one gate through which every reader opens a user's input file (trade data, ICIO tables, regression data, group
/// and GDP files). Before any parsing it checks, in one streaming pass: that the file exists; that its content agrees
/// with its extension (gzip magic 1f 8b for <c>.gz</c>, PAR1 for <c>.parquet</c>, no ZIP, Parquet or UTF-16 content in a
/// text file); for gzip, every member's CRC-32 and length (RFC 1952), so a truncated or corrupted archive is never read
/// as a shorter file; and that the text is UTF-8 without binary bytes, naming the line of the first bad byte.
/// Every failure is an <see cref="InputException"/> naming the file and what to do.
/// </summary>
public static class InputFile
{
    /// <summary>Verifies a text file (CSV or JSON, optionally .gz) and opens it, decompressed.</summary>
    /// <exception cref="InputException">Missing, mislabelled, damaged or non-UTF-8 file.</exception>
    public static Stream OpenText(string path) => Open(path, Verify(path, parquetAllowed: false));

    /// <summary>Opens a file that <see cref="Verify"/> accepted, decompressing gzip.</summary>
    public static Stream Open(string path, InputFormat format)
    {
        Stream file = File.OpenRead(path);
        return format == InputFormat.GzipText ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    /// <summary>
    /// Checks a file before a reader parses it (see the class remarks) and tells how to read it. Parquet is accepted
    /// only where <paramref name="parquetAllowed"/>; its row data are left to the Parquet reader (Parquet often has
    /// no checksum), but a file that does not end with the PAR1 footer marker is reported as truncated.
    /// </summary>
    /// <exception cref="InputException">The file is missing, a directory, mislabelled, a damaged or truncated archive,
    /// or text that is not UTF-8: one line naming the file (and line) and what to do.</exception>
    public static InputFormat Verify(string path, bool parquetAllowed)
    {
        if (Directory.Exists(path))
            throw new InputException($"{path} is a directory, not a file; give the path of the file");
        if (!File.Exists(path))
            throw new InputException($"{path}: file not found; check the path");
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var head = new byte[4096];
        var headLength = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var content = Sniff(head[..headLength]);
        var name = Path.GetFileName(path);
        var gzipName = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        var parquetName = path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);
        if (gzipName)
        {
            var inner = name[..^3];
            if (content == Content.Gzip)
            {
                file.Position = 0;
                var text = new TextCheck(path);
                GzipArchive.Verify(file, path, text.Append);
                text.Finish();
                return InputFormat.GzipText;
            }
            throw content == Content.Empty
                ? new InputException($"{path} is empty (0 bytes), not a gzip archive; download or copy it again")
                : new InputException($"{path} is not gzip-compressed: it looks like {Describe(content, head[..headLength], inner)}");
        }
        if (parquetName)
        {
            var stem = name[..^".parquet".Length];
            if (content == Content.Parquet)
                return VerifyParquet(file, path);
            throw content == Content.Empty
                ? new InputException($"{path} is empty (0 bytes), not a Parquet file; download or copy it again")
                : new InputException($"{path} is not a Parquet file: it looks like {Describe(content, head[..headLength], stem + ".csv")}");
        }
        switch (content)
        {
            case Content.Gzip:
                throw new InputException($"{path} is gzip-compressed; rename it to {name}.gz");
            case Content.Parquet:
                throw new InputException(
                    parquetAllowed
                        ? $"{path} is a Parquet file; rename it to {Path.GetFileNameWithoutExtension(name)}.parquet"
                        : $"{path} is a Parquet file, not CSV text; this option reads CSV: export the data as CSV"
                );
            case Content.Zip or Content.Utf16 or Content.Utf32:
                throw new InputException($"{path} is {Describe(content, head[..headLength], name)}");
        }
        file.Position = 0;
        var check = new TextCheck(path);
        var buffer = new byte[1 << 16];
        int n;
        while ((n = file.Read(buffer)) > 0)
            check.Append(buffer.AsSpan(0, n));
        check.Finish();
        return InputFormat.Text;
    }

    /// <summary>
    /// Checks text taken from an archive member (a ZIP bundle of ICIO tables), as <see cref="Verify"/> checks a text file:
    /// UTF-8 without binary bytes, naming <paramref name="display"/> and the line; every byte also goes to
    /// <paramref name="crc"/> so that the caller can compare the member's checksum.
    /// </summary>
    /// <exception cref="InputException">Text that is not UTF-8, or binary data.</exception>
    internal static void VerifyText(Stream content, string display, Crc32 crc)
    {
        var check = new TextCheck(display);
        var buffer = new byte[1 << 16];
        int n;
        while ((n = content.Read(buffer)) > 0)
        {
            crc.Append(buffer.AsSpan(0, n));
            check.Append(buffer.AsSpan(0, n));
        }
        check.Finish();
    }

    private static readonly System.Text.RegularExpressions.Regex ErrorClass = new(@"^([A-Za-z]+ )*?[A-Za-z]*(Exception|Error):\s*");

    /// <summary>The first line of a DuckDB error without the SQL text DuckDB appends ("LINE 1: SELECT ..."), printable and short.</summary>
    public static string DuckDbReason(DuckDBException e)
    {
        var lines = e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var first = lines.FirstOrDefault() ?? "unreadable";
        var sql = first.IndexOf("LINE ", StringComparison.Ordinal);
        if (sql > 0)
            first = first[..sql].TrimEnd();
        // "Invalid Error: TProtocolException: Invalid data" → "Invalid data": error class names mean nothing to a user.
        while (ErrorClass.Match(first) is { Success: true } prefix && prefix.Length < first.Length)
            first = first[prefix.Length..];
        return InputText.Clip(InputText.Printable(first), 200);
    }

    private enum Content
    {
        Empty,
        Text,
        Gzip,
        Zip,
        Parquet,
        Utf16,
        Utf32,
    }

    private static Content Sniff(ReadOnlySpan<byte> head) =>
        head switch
        {
            [] => Content.Empty,
            [0x1F, 0x8B, ..] or [0x1F] => Content.Gzip,
            [(byte)'P', (byte)'K', 3 or 5 or 7, 4 or 6 or 8, ..] => Content.Zip,
            [(byte)'P', (byte)'A', (byte)'R', (byte)'1', ..] => Content.Parquet,
            [0xFF, 0xFE, 0, 0, ..] or [0, 0, 0xFE, 0xFF, ..] => Content.Utf32,
            [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] => Content.Utf16,
            _ => Content.Text,
        };

    /// <summary>"plain CSV text; rename it to x.csv", "a ZIP archive ...": what the content is and what to do.</summary>
    private static string Describe(Content content, ReadOnlySpan<byte> head, string renameTo) =>
        content switch
        {
            Content.Gzip => $"gzip-compressed data; rename it to {renameTo}.gz",
            Content.Zip => "a ZIP archive (a .zip file or an Excel workbook), not CSV text; extract or export the CSV and give that file",
            Content.Parquet => $"a Parquet file; rename it to {Path.GetFileNameWithoutExtension(renameTo)}.parquet",
            Content.Utf16 => TextCheck.Utf16Bom,
            Content.Utf32 => "UTF-32 text (it starts with a UTF-32 byte-order mark); save the file as UTF-8",
            _ when TextCheck.LooksBinary(head) => "binary data of an unknown format; check that this is the right file",
            _ => $"plain {(renameTo.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "CSV " : "")}text; rename it to {renameTo}",
        };

    private static InputFormat VerifyParquet(FileStream file, string path)
    {
        Span<byte> tail = stackalloc byte[4];
        if (file.Length >= 12)
        {
            file.Position = file.Length - 4;
            file.ReadExactly(tail);
            if (tail.SequenceEqual("PAR1"u8))
                return InputFormat.Parquet;
        }
        throw new InputException($"{path}: the Parquet file is truncated (it does not end with the PAR1 footer); {GzipArchive.Again}");
    }

    /// <summary>
    /// [Mutable] Streams text bytes and records the first problem: a UTF-16/32 byte-order mark, a NUL or other control
    /// byte (binary data), or bytes that are not UTF-8, with the line they are on. <see cref="Finish"/> throws it.
    /// The problem is kept, not thrown at once, so that a damaged archive is reported as such rather than by the
    /// garbage it decompresses to.
    /// </summary>
    private sealed class TextCheck(string file)
    {
        /// <summary>C0 controls other than tab, line feed and carriage return, and DEL: never in CSV or JSON text.</summary>
        private static readonly SearchValues<byte> Controls = SearchValues.Create([
            0,
            1,
            2,
            3,
            4,
            5,
            6,
            7,
            8,
            11,
            12,
            14,
            15,
            16,
            17,
            18,
            19,
            20,
            21,
            22,
            23,
            24,
            25,
            26,
            27,
            28,
            29,
            30,
            31,
            127,
        ]);

        public const string Utf16Bom = "UTF-16 text (it starts with a UTF-16 byte-order mark); save the file as UTF-8";

        private readonly byte[] _carry = new byte[4];
        private int _carried;
        private long _lines;
        private bool _started;
        private char[] _chars = [];
        private InputException? _problem;

        public static bool LooksBinary(ReadOnlySpan<byte> head)
        {
            if (head.IndexOfAny(Controls) >= 0)
                return true;
            var status = Utf8.ToUtf16(head, new char[head.Length], out _, out _, replaceInvalidSequences: false, isFinalBlock: false);
            return status == OperationStatus.InvalidData;
        }

        public void Append(ReadOnlySpan<byte> chunk)
        {
            if (_problem is not null || chunk.IsEmpty)
                return;
            ReadOnlySpan<byte> bytes = chunk;
            if (_carried > 0)
            {
                var joined = new byte[_carried + chunk.Length];
                _carry.AsSpan(0, _carried).CopyTo(joined);
                chunk.CopyTo(joined.AsSpan(_carried));
                bytes = joined;
                _carried = 0;
            }
            if (!_started)
            {
                _started = true;
                if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
                {
                    _problem = new InputException($"{file} is {Utf16Bom}");
                    return;
                }
            }
            var control = bytes.IndexOfAny(Controls);
            var text = control < 0 ? bytes : bytes[..control];
            if (_chars.Length < text.Length)
                _chars = new char[text.Length];
            var status = Utf8.ToUtf16(text, _chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: false);
            if (status == OperationStatus.InvalidData || (status == OperationStatus.NeedMoreData && control >= 0))
            {
                _problem = NotUtf8(bytes, read);
                return;
            }
            if (control >= 0)
            {
                _problem = Binary(bytes, control);
                return;
            }
            if (status == OperationStatus.NeedMoreData)
            {
                _carried = text.Length - read;
                text[read..].CopyTo(_carry);
            }
            _lines += bytes[..read].Count((byte)'\n');
        }

        /// <summary>Throws the first problem; an incomplete UTF-8 sequence at the end is one too.</summary>
        public void Finish()
        {
            if (_problem is null && _carried > 0)
                _problem = NotUtf8(_carry.AsSpan(0, _carried), 0);
            if (_problem is not null)
                throw _problem;
        }

        /// <summary>ASCII letters with a NUL byte after (or before) each: UTF-16 without a byte-order mark.</summary>
        private static bool LooksUtf16(ReadOnlySpan<byte> bytes)
        {
            var pairs = Math.Min(bytes.Length, 64) / 2;
            if (pairs < 2)
                return false;
            var zeroFirst = bytes[0] == 0;
            for (var i = 0; i < pairs; i++)
            {
                byte zero = bytes[2 * i + (zeroFirst ? 0 : 1)],
                    letter = bytes[2 * i + (zeroFirst ? 1 : 0)];
                if (zero != 0 || letter is not (9 or 10 or 13 or (>= 32 and < 127)))
                    return false;
            }
            return true;
        }

        private long LineOf(ReadOnlySpan<byte> bytes, int at) => _lines + bytes[..at].Count((byte)'\n') + 1;

        private InputException NotUtf8(ReadOnlySpan<byte> bytes, int at)
        {
            var window = bytes[at..Math.Min(bytes.Length, at + 256)];
            if (window.IndexOfAny(Controls) >= 0)
                return Binary(bytes, at + window.IndexOfAny(Controls));
            return InputException.At(
                file,
                LineOf(bytes, at),
                $"not valid UTF-8 (byte 0x{bytes[at]:X2}; the bytes look like Windows-1251 or another code page); save the file as UTF-8"
            );
        }

        private InputException Binary(ReadOnlySpan<byte> bytes, int at)
        {
            var line = LineOf(bytes, at);
            if (bytes[at] == 0 && line == 1 && LooksUtf16(bytes))
                return new InputException(
                    $"{file} looks like UTF-16 text without a byte-order mark (NUL bytes between the letters); save the file as UTF-8"
                );
            return InputException.At(file, line, $"binary data (byte 0x{bytes[at]:X2}), not text; check that this is the right file");
        }
    }
}

/// <summary>
/// Verifies every member of a gzip archive (RFC 1952): header, deflate data, CRC-32 and length (ISIZE) of the
/// decompressed bytes, and that nothing but further members follows. Written here because .NET's
/// <see cref="GZipStream"/> stops silently at a truncated archive (it returns end of stream inside the compressed data
/// or the trailer) and ignores bytes after the last member; it does detect CRC and length errors, but only as an
/// <see cref="InvalidDataException"/> saying "unsupported compression method". Inflation is .NET's
/// <see cref="DeflateStream"/>; the CRC is <see cref="Crc32"/> from System.IO.Hashing.
/// </summary>
internal static class GzipArchive
{
    /// <summary>What to do about a damaged or truncated file.</summary>
    public const string Again = "download or copy it again";

    /// <summary>Reads the whole archive once, passing every decompressed chunk to <paramref name="content"/>.</summary>
    /// <exception cref="InputException">Truncated or damaged archive: "file: the gzip archive is truncated (...)".</exception>
    public static void Verify(FileStream file, string display, Action<ReadOnlySpan<byte>> content)
    {
        var length = file.Length;
        var output = new byte[1 << 16];
        long position = 0,
            total = 0;
        var member = 0;
        while (member == 0 || position < length)
        {
            if (member > 0 && !StartsMember(file, position, length))
            {
                var extra = length - position;
                throw new InputException(
                    $"{display}: the gzip archive is damaged: {extra} byte{(extra == 1 ? "" : "s")} of other data "
                        + $"after the end of the gzip data (at byte {position}); {Again}"
                );
            }
            member++;
            var feed = new TrailerHoldingFeed(file, Header(file, position, length, display), length);
            var crc = new Crc32();
            long size = 0;
            try
            {
                using var inflater = new DeflateStream(feed, CompressionMode.Decompress, leaveOpen: true);
                int n;
                while ((n = inflater.Read(output)) > 0)
                {
                    crc.Append(output.AsSpan(0, n));
                    size += n;
                    content(output.AsSpan(0, n));
                }
            }
            catch (InvalidDataException)
            {
                throw Damaged(display, $"invalid compressed data{Where(member)}");
            }
            if (feed.Starved)
                throw Truncated(display, "ends inside compressed data");
            position = Trailer(file, feed, crc.GetCurrentHashAsUInt32(), (uint)size, length, display, member);
            total += size;
        }
        // The walk places each trailer only within the inflater's last chunk; zlib (GZipStream) reads the trailer exactly
        // where the deflate data end, so a second pass rejects bytes slipped in between (and agrees on the length).
        file.Position = 0;
        long decompressed = 0;
        try
        {
            using var gzip = new GZipStream(file, CompressionMode.Decompress, leaveOpen: true);
            int n;
            while ((n = gzip.Read(output)) > 0)
                decompressed += n;
        }
        catch (InvalidDataException)
        {
            decompressed = -1;
        }
        if (decompressed != total)
            throw Damaged(display, "the CRC32 or length check of the decompressed data fails");
    }

    private static InputException Damaged(string display, string what) => new($"{display}: the gzip archive is damaged ({what}); {Again}");

    private static InputException Truncated(string display, string where) =>
        new($"{display}: the gzip archive is truncated ({where}); {Again}");

    private static string Where(int member) => member > 1 ? $" in member {member}" : "";

    private static bool StartsMember(FileStream file, long position, long length)
    {
        file.Position = position;
        if (length - position == 1)
            return file.ReadByte() == 0x1F; // a header cut after its first byte: truncated
        Span<byte> magic = stackalloc byte[2];
        file.ReadExactly(magic);
        return magic is [0x1F, 0x8B];
    }

    /// <summary>Parses a member header at <paramref name="start"/>; returns where the deflate data begin.</summary>
    private static long Header(FileStream file, long start, long length, string display)
    {
        file.Position = start;
        var header = new List<byte>();
        int Next()
        {
            var b = file.ReadByte();
            if (b < 0)
                throw Truncated(display, "ends inside a gzip header");
            header.Add((byte)b);
            return b;
        }
        for (var i = 0; i < 10; i++)
            Next();
        if (header[2] != 8)
            throw Damaged(display, $"unknown compression method {header[2]} in a gzip header");
        var flags = header[3];
        if ((flags & 0xE0) != 0)
            throw Damaged(display, "reserved flags set in a gzip header");
        if ((flags & 0x04) != 0)
        {
            var extra = Next() | Next() << 8;
            for (var i = 0; i < extra; i++)
                Next();
        }
        if ((flags & 0x08) != 0)
            while (Next() != 0)
            { }
        if ((flags & 0x10) != 0)
            while (Next() != 0)
            { }
        if ((flags & 0x02) != 0)
        {
            var expected = (ushort)Crc32.HashToUInt32(header.ToArray());
            var stored = Next() | Next() << 8;
            if (stored != expected)
                throw Damaged(display, "a gzip header's CRC fails");
        }
        return file.Position;
    }

    /// <summary>
    /// Finds the member's 8-byte trailer (CRC-32, then the length mod 2^32, little-endian) right after the deflate
    /// data, which end somewhere in the last chunk handed to the inflater; returns the position after it.
    /// </summary>
    private static long Trailer(FileStream file, TrailerHoldingFeed feed, uint crc, uint size, long length, string display, int member)
    {
        var from = feed.LastChunkStart;
        var bytes = new byte[(int)(Math.Min(length, feed.Handed + 8) - from)];
        file.Position = from;
        file.ReadExactly(bytes);
        bool crcSeen = false,
            sizeSeen = false;
        for (var p = 0; p + 8 <= bytes.Length; p++)
        {
            var crcMatches = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(p)) == crc;
            var sizeMatches = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(p + 4)) == size;
            if (crcMatches && sizeMatches)
                return from + p + 8;
            crcSeen |= crcMatches;
            sizeSeen |= sizeMatches;
        }
        // The last 8 bytes are handed to the inflater one at a time, so when it needed them the data end exactly at Handed.
        if (feed.LastChunkStart >= length - 8)
            throw Truncated(display, $"ends inside the CRC-32 and length trailer{Where(member)}");
        var failed = crcSeen && !sizeSeen ? "the length check" : "the CRC32 check";
        throw Damaged(display, $"{failed} of the decompressed data fails{Where(member)}");
    }

    /// <summary>
    /// [Mutable] The compressed bytes of one member for <see cref="DeflateStream"/>, which reads ahead: chunks stop 8
    /// bytes before the end of the file, and the last 8 bytes come one at a time, so the end of the deflate data is known
    /// to lie in the last chunk handed (exactly at its end when that chunk is one of the last 8 bytes).
    /// Not seekable, so the inflater cannot rewind it.
    /// </summary>
    private sealed class TrailerHoldingFeed(FileStream file, long start, long length) : Stream
    {
        public long Handed { get; private set; } = start;
        public long LastChunkStart { get; private set; } = start;

        /// <summary>The inflater asked for more bytes at the end of the file: the archive ends inside compressed data.</summary>
        public bool Starved { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var remaining = length - Handed;
            if (remaining == 0 || buffer.IsEmpty)
            {
                Starved |= remaining == 0;
                return 0;
            }
            var n = remaining > 8 ? (int)Math.Min(buffer.Length, remaining - 8) : 1;
            file.Position = Handed;
            file.ReadExactly(buffer[..n]);
            LastChunkStart = Handed;
            Handed += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
