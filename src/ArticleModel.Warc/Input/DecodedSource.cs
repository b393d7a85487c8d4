namespace ArticleModel.Warc.Input;

/// <summary>
/// The decoded bytes of a WARC file (inflated, for a gzip file). <see cref="Read"/> returns 0 at the end and also where
/// damage was skipped (<see cref="Damage"/> then says what); the record reader drops the record it was in and calls
/// <see cref="Resume"/>.
/// </summary>
internal abstract class DecodedSource
{
    /// <summary>Reads decoded bytes; never bytes of two gzip members in one call. 0: the end, or damage (see <see cref="Damage"/>).</summary>
    public abstract int Read(byte[] buffer, int offset, int count);

    /// <summary>Where the bytes of the next <see cref="Read"/> come from: the offset in the file of their gzip member, or of the byte itself in a plain file.</summary>
    public abstract long Offset { get; }

    /// <summary>Whether the next bytes are the start of a gzip member (records begin there in files written one record per member).</summary>
    public virtual bool AtMemberStart => false;

    /// <summary>Why the last <see cref="Read"/> returned 0 before the end: the damage skipped (null at the real end).</summary>
    public ArticleDiagnostic? Damage { get; protected set; }

    /// <summary>Where the damage is: the offset of the damaged gzip member.</summary>
    public long DamageOffset { get; protected set; }

    /// <summary>Goes on after <see cref="Damage"/>, with the bytes after it.</summary>
    public void Resume() => Damage = null;
}
