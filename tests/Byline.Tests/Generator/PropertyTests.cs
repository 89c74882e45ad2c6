using System;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Byline.Generator.Emission;
using Byline.Generator.Extraction;
using Byline.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Byline.Tests.Generator;

/// <summary>
/// The generator's promises for any input: it never throws, its output compiles with no error, and the article's
/// text comes back exactly. Articles are built from fragments of prose and hostile characters. CI runs a bounded
/// number of cases; set BYLINE_PROPERTY_CASES (for example 100000) for a long run. A failing seed is printed by
/// CsCheck: keep it as a regular test.
/// </summary>
public class PropertyTests
{
    private static readonly string[] s_fragments =
    {
        "Harbour town votes to rebuild its sea wall", "By Alice MartinTom O'Neill", "Share this article", "You might also like",
        "\"We cannot wait,\" Mayor Helen Carter said.", "\u201CIt's fine,\u201D he added.", "According to officials, 18 of 40 sections failed.",
        "KINGSPORT (Reuters) - ", "Costs rose 3.5 per cent to $4.5bn.", "---", "title: Front", "''Wire quote,'' said Tom Roe.", "\u2018\u2018Curly wire,\u2019\u2019 he said.",
        "Copyright 2024 The AP", "Updated 2:15 pm EST, March 12, 2024", "\u00AB Bonjour \u00BB", "President Ravel", "\"",
        "\u201D", "'", "\u2019", "-", "\u2014", ":", "...",
    };

    private static readonly string[] s_hostile =
    {
        "\0", "\\", "\"\"\"", "*/", "//", "#if DEBUG", "#line 1", "{", "}", "\u202E", "\u2066", "\u2069", "\u2028", "\u2029",
        "\uD800", "\uDFFF", "\uFEFF", "\r", "\r\n", "\t", "\u00A0", "\U0001F600", "\u200B", "\u0085", "@class", "\uFFFD",
    };

    private static readonly Gen<string> s_piece = Gen.OneOf(
        Pick(s_fragments),
        Pick(s_hostile),
        Gen.Char.Array[0, 12].Select(chars => new string(chars)),
        Pick(new[] { "\n", "\n\n", " " }));

    private static readonly Gen<string> s_article = s_piece.Array[0, 40].Select(pieces => string.Concat(pieces));

    private static Gen<string> Pick(string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static long Cases(long ci) =>
        long.TryParse(Environment.GetEnvironmentVariable("BYLINE_PROPERTY_CASES"), out var cases) ? cases : ci;

    [Fact]
    public void Extraction_never_throws_and_every_slice_is_the_text_it_claims()
    {
        s_article.Sample(text =>
        {
            var model = ArticleExtractor.Extract("p.txt", "p.txt", text);
            Assert.Equal(text, model.Text);
            foreach (var reference in model.Sections.SelectMany(s => s.Paragraphs).Concat(model.Quotes.Select(q => q.Text)).Concat(model.Claims.Select(c => c.Text)))
            {
                if (reference.Start >= 0) Assert.Equal(reference.Text, text.Substring(reference.Start, reference.Text.Length));
            }
        }, iter: Cases(2_000));
    }

    [Fact]
    public void Every_string_literal_reads_back_as_the_same_text()
    {
        Gen.String[0, 64].Select(s_article, (random, article) => random + article).Sample(text =>
        {
            var literal = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(Literal.String(text));
            Assert.Equal(text, literal.Token.ValueText);
            Assert.DoesNotContain(Literal.String(text), c => c is '\u202E' or '\u2066' or '\u2028' or '\u0000' or '\r' or '\n');
        }, iter: Cases(2_000));
    }

    [Fact]
    public void Generated_code_compiles_and_round_trips_the_text()
    {
        // Ten articles a compilation: 200 compilations give 2,000 articles in CI.
        s_article.Array[10].Sample(texts =>
        {
            var articles = texts.Select((t, i) => GeneratorHarness.Article($"a{i}.txt", t)).ToArray();
            var (_, output, _) = GeneratorHarness.Run(articles);
            var context = new AssemblyLoadContext("property", isCollectible: true);
            try
            {
                using var stream = new System.IO.MemoryStream();
                Assert.True(output.Emit(stream).Success);
                stream.Position = 0;
                var assembly = context.LoadFromStream(stream);
                var all = (System.Collections.Generic.IReadOnlyList<Byline.Article>)assembly.GetType("Consumer.Articles")!.GetProperty("All")!.GetValue(null)!;
                var byPath = all.ToDictionary(a => a.SourcePath, a => a.Text);
                for (var i = 0; i < texts.Length; i++)
                {
                    var expected = texts[i].Length > ArticleExtractor.MaxArticleLength ? "" : texts[i];
                    Assert.Equal(expected, byPath[$"Articles/a{i}.txt"]);
                }
            }
            finally
            {
                context.Unload();
            }
        }, iter: Cases(2_000) / 10);
    }
}
