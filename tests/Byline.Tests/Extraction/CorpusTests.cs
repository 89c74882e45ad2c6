using System.IO;
using System.Linq;
using Byline.Generator.Extraction;
using Byline.Tests.Infrastructure;
using Xunit;

namespace Byline.Tests.Extraction;

/// <summary>Real articles from ../shared/corpus, read in place (never copied here); skipped where ../shared is absent.</summary>
public class CorpusTests
{
    [SkippableFact]
    public void Every_corpus_article_extracts_without_an_exception()
    {
        Skip.If(Repository.Shared is null, "../shared/corpus is not beside this clone; the corpus tests need it.");
        var files = Directory.EnumerateFiles(Path.Combine(Repository.Shared!, "corpus"), "*.txt", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        var failures = new System.Collections.Generic.List<string>();
        foreach (var file in files)
        {
            try
            {
                ArticleExtractor.Extract(file, Path.GetFileName(file), File.ReadAllText(file));
            }
            catch (System.Exception exception)
            {
                failures.Add($"{file}: {exception.GetType().Name} {exception.Message}");
            }
        }
        Assert.True(failures.Count == 0, "Extraction failed on:\n" + string.Join("\n", failures.Take(20)));
    }
}
