using System.Text;

namespace Ontwar.Cli;

/// <summary>
/// A read-only stream of the UTF-8 encoding of a <see cref="TextReader"/>, read on demand, so text standard input
/// (tests, hosts) goes through the same bounded byte reader as files and never has to be read whole first.
/// </summary>
internal sealed class TextReaderStream : Stream
{
    private readonly TextReader _reader;
    private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
    private readonly char[] _chars = new char[4096];
    private readonly byte[] _bytes = new byte[4096 * 3 + 4];
    private int _start;
    private int _end;
    private bool _done;

    public TextReaderStream(TextReader reader) => _reader = reader;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_start == _end && !_done)
        {
            int read = _reader.Read(_chars, 0, _chars.Length);
            _done = read == 0;
            _end = _encoder.GetBytes(_chars, 0, read, _bytes, 0, flush: _done);
            _start = 0;
        }

        int n = Math.Min(buffer.Length, _end - _start);
        _bytes.AsSpan(_start, n).CopyTo(buffer);
        _start += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
