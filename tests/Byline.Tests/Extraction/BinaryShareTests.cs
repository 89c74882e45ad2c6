using System.Linq;
using Byline.Generator.Extraction;
using CsCheck;
using Xunit;

namespace Byline.Tests.Extraction;

public class BinaryShareTests
{
    // Characters at the edges of printable ASCII and of what counts as no text, and ordinary ones.
    private static readonly char[] s_characters =
    {
        'a', ' ', '~', '\u007F', '\u001F', '\u0000', '\n', '\r', '\t', '\f', '\u0080', '\u00A0', '\u00FF', '\u0100', '\uFFFD', '\uFFFF', '\u2019', '\u0085',
    };

    [Fact]
    public void Reading_four_characters_at_a_time_counts_as_reading_each()
    {
        // The share of characters that are no text: controls other than line breaks and tabs, and U+FFFD.
        static int OneByOne(string text)
        {
            var sample = System.Math.Min(text.Length, 64 * 1024);
            var odd = text.Take(sample).Count(c => c == '\uFFFD' || char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
            return sample == 0 ? 0 : odd * 100 / sample;
        }

        Gen.Int[0, s_characters.Length - 1].Array[0, 40].Select(picks => new string(picks.Select(i => s_characters[i]).ToArray()))
            .Sample(text => Assert.Equal(OneByOne(text), ArticleExtractor.BinaryShare(text)), iter: 20_000);
    }
}
