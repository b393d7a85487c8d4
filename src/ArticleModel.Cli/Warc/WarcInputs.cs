using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using ArticleModel.Warc;

namespace ArticleModel.Cli.Warc;

/// <summary>The records of the WARC files of <c>parse --warc FILE…|-</c>, read one file after another as a stream.</summary>
internal static class WarcInputs
{
    public static IEnumerable<InputItem> Records(string[] inputs, WarcReaderOptions options, WarcSummary summary)
    {
        foreach (var input in inputs)
        {
            var name = input == "-" ? InputExpander.StdinName : input;
            Stream? stream = null;
            string? failure = null;
            try
            {
                stream = input == "-" ? StandardInput.Open() : new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                failure = "the WARC file cannot be opened: " + e.Message;
            }
            if (stream is null)
            {
                yield return InputItem.Failed(name, failure!);
                continue;
            }
            using (stream)
            {
                var reader = new WarcReader(stream, options);
                while (true)
                {
                    WarcRecord? record;
                    try
                    {
                        if (!reader.TryRead(out record)) break;
                    }
                    catch (IOException e)
                    {
                        failure = "the WARC file cannot be read further: " + e.Message;
                        break;
                    }
                    yield return InputItem.Warc(name + "@" + record.Offset.ToString(CultureInfo.InvariantCulture), record);
                }
                summary.AddFile(reader.Counts);
                if (failure is not null) yield return InputItem.Failed(name, failure);
            }
        }
    }
}
