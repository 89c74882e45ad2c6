using System;
using Byline.Sample;

// Everything below was extracted at build time: no article is read or parsed while this runs.
var article = Articles.StoltenbergConfidentUsWillRemainCommitted;

Console.WriteLine(article.Title);
Console.WriteLine($"By {string.Join(" and ", article.Authors)}");
Console.WriteLine();

foreach (var quote in article.Quotes)
{
    var speaker = quote.Speaker?.Name ?? "(unknown speaker)";
    Console.WriteLine($"line {quote.Line,3}  {speaker}: \u201C{quote.Text}\u201D");
}

Console.WriteLine();
Console.WriteLine($"{article.People.Count} people, {article.Claims.Count} claims, {Articles.All.Count} article(s) in the project.");
Console.WriteLine($"{People.JensStoltenberg.Name} ({People.JensStoltenberg.Role}) is quoted {People.JensStoltenberg.Quotes.Count} times.");
