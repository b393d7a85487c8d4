using System;
using System.IO;
using SharpFuzz;

namespace ArticleModel.Fuzzing;

/// <summary>
/// The fuzzing entry: <c>dotnet ArticleModel.Fuzzing.dll TARGET</c> under <c>afl-fuzz</c> (see fuzz.sh and docs/reliability.md, "Fuzzing"), or
/// <c>dotnet ArticleModel.Fuzzing.dll TARGET --run FILE...</c> to replay inputs (a crash found, a seed) without AFL.
/// A target throws only when an invariant is broken: that is the crash AFL records.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || !Targets.TryGet(args[0], out var target))
        {
            Console.Error.WriteLine("usage: ArticleModel.Fuzzing (reader|jsonl|cli) [--run FILE...]");
            return 2;
        }
        if (args.Length > 1 && args[1] == "--run")
        {
            for (var i = 2; i < args.Length; i++)
            {
                target(File.ReadAllBytes(args[i]));
                Console.WriteLine($"{args[i]}: ok");
            }
            return 0;
        }
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            target(copy.ToArray());
        });
        return 0;
    }
}
