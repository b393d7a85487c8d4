using System;
using System.IO;

namespace ArticleModel.Cli;

/// <summary>
/// Finds the value of the top-level <c>"id"</c> member of a JSON object fed to it in pieces, without holding the
/// object: it tracks only nesting depth and string state, and captures the bytes of the id's value (up to a small
/// cap). Used for records too large to read, so that their error result still carries their id. The captured bytes
/// are re-serialised by <see cref="JsonValueCopier"/>, so a scanner mistake can lose the id but never emit bad JSON.
/// </summary>
internal sealed class TopLevelIdScanner
{
    private const int MaxIdBytes = 4096;

    private int _depth;
    private bool _inString;
    private bool _escape;
    private bool _expectingKey;
    private bool _readingKey;
    private int _keyLength;
    private bool _keyIsId;
    private bool _awaitingColon;
    private bool _awaitingValue;
    private bool _capturing;
    private bool _done;
    private MemoryStream? _value;

    /// <summary>Feeds the next bytes of the record.</summary>
    public void Feed(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (_done) return;
            Step(b);
        }
    }

    /// <summary>The re-serialised id, or null when the record had none that could be read.</summary>
    public byte[]? Result()
    {
        if (_capturing) Finish(); // the line ended inside the value: try what we have
        return _value is null ? null : JsonValueCopier.CopyWhole(_value.GetBuffer().AsSpan(0, (int)_value.Length));
    }

    private void Step(byte b)
    {
        if (_capturing)
        {
            // The value ends at a ',' or '}' back at the object's own depth, outside strings.
            if (!_inString && _depth == 1 && b is (byte)',' or (byte)'}')
            {
                Finish();
                return;
            }
            if (_value!.Length >= MaxIdBytes)
            {
                _value = null;
                _capturing = false;
                _done = true;
                return;
            }
            _value.WriteByte(b);
        }

        if (_inString)
        {
            if (_escape) _escape = false;
            else if (b == (byte)'\\') _escape = true;
            else if (b == (byte)'"')
            {
                _inString = false;
                if (_readingKey)
                {
                    _readingKey = false;
                    _awaitingColon = _keyIsId && _keyLength == 2;
                }
            }
            else if (_readingKey)
            {
                _keyIsId = _keyLength switch
                {
                    0 => b == (byte)'i',
                    1 => _keyIsId && b == (byte)'d',
                    _ => false,
                };
                _keyLength++;
            }
            return;
        }

        if (_awaitingValue && b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            _awaitingValue = false;
            _capturing = true;
            _value = new MemoryStream();
            _value.WriteByte(b);
        }

        switch (b)
        {
            case (byte)'"':
                _inString = true;
                if (_depth == 1 && _expectingKey)
                {
                    _expectingKey = false;
                    _readingKey = true;
                    _keyLength = 0;
                    _keyIsId = false;
                }
                break;
            case (byte)':':
                if (_depth == 1 && _awaitingColon)
                {
                    _awaitingColon = false;
                    _awaitingValue = true;
                }
                break;
            case (byte)'{':
                _depth++;
                if (_depth == 1) _expectingKey = true;
                break;
            case (byte)'[':
                _depth++;
                break;
            case (byte)'}':
            case (byte)']':
                _depth--;
                if (_depth < 0) _done = true;
                break;
            case (byte)',':
                if (_depth == 1) _expectingKey = true;
                break;
        }
    }

    private void Finish()
    {
        _capturing = false;
        _done = true;
    }
}
