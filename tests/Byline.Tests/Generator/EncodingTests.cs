using System;
using System.IO;
using System.Linq;
using System.Text;
using Byline.Tests.Infrastructure;
using Xunit;

namespace Byline.Tests.Generator;

/// <summary>Files as they come from disk, decoded by the compiler in a real build: BOMs, UTF-16, bad bytes, binary, CR, a 1 MB line.</summary>
[Collection(DotnetProcessCollection.Name)]
public class EncodingTests
{
    private const string Body = "Caf\u00E9 owners reopen\n\nThe caf\u00E9 owners in the old town reopened their doors on Monday morning.\n";

    [Fact]
    public void Every_encoding_builds_and_keeps_its_text()
    {
        using var project = ConsumerProject.Create("byline-encodings-", """
            foreach (var a in Newsroom.Articles.All) System.Console.WriteLine($"{a.Id}|{a.Text.Length}|{a.Title}|{a.Paragraphs.Count}");
            """);
        var articles = Path.Combine(project.Directory, "Articles");
        File.WriteAllBytes(Path.Combine(articles, "utf8bom.txt"), new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Body)).ToArray());
        File.WriteAllBytes(Path.Combine(articles, "utf16le.txt"), new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(Body)).ToArray());
        File.WriteAllBytes(Path.Combine(articles, "utf16be.txt"), new byte[] { 0xFE, 0xFF }.Concat(Encoding.BigEndianUnicode.GetBytes(Body)).ToArray());
        File.WriteAllBytes(Path.Combine(articles, "carriage.txt"), Encoding.UTF8.GetBytes(Body.Replace('\n', '\r')));
        File.WriteAllBytes(Path.Combine(articles, "invalid.txt"), Encoding.ASCII.GetBytes("Bad bytes here\n\nThe caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.ASCII.GetBytes(" owners reopened on Monday morning in the old town.\n")).ToArray());
        File.WriteAllBytes(Path.Combine(articles, "binary.txt"), Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256)).ToArray());
        File.WriteAllText(Path.Combine(articles, "longline.txt"), "Long line\n\n" + string.Concat(Enumerable.Repeat("word ", 200_000)) + "\n");

        var (code, output) = DotnetProcess.Run(project.Directory, null, "run");
        Assert.True(code == 0, output);
        foreach (var id in new[] { "utf8bom", "utf16le", "utf16be", "carriage" })
        {
            Assert.Contains($"{id}|{Body.Length}|Caf\u00E9 owners reopen|1", output, StringComparison.Ordinal);
        }
        Assert.Contains("invalid.txt(3,8): warning BYL0006", output, StringComparison.Ordinal);
        Assert.Contains("invalid|", output, StringComparison.Ordinal);
        Assert.Contains("binary.txt(1,1): warning BYL0012", output, StringComparison.Ordinal);
        Assert.Contains($"longline|{11 + (5 * 200_000) + 1}|Long line|1", output, StringComparison.Ordinal);
    }
}
