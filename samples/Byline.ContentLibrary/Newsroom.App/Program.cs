using System;
using System.Linq;
using Byline;
using Newsroom.App;

// Articles and People here are the app's: both content libraries merged, built once and not again while their articles
// are unchanged. Each library's own classes stay available as Newsroom.Content.Articles and Newsroom.Archive.Articles.
Console.WriteLine($"{Articles.All.Count} articles in 2 content libraries");
foreach (var article in Articles.All) Console.WriteLine($"  {article.Id}: {article.Title}");

// One person across both libraries: the archive calls her "Mayor Carter", this year's articles "Helen Carter".
var mayor = People.HelenCarter;
Console.WriteLine($"{mayor.Name} ({mayor.Role}) is quoted in {mayor.Articles.Count} articles of {mayor.Parts.Count} libraries:");
foreach (var quote in mayor.Quotes) Console.WriteLine($"  {quote.Article.Id}, line {quote.Line}: \u201C{quote.Text}\u201D");

// A quote's speaker is the person of its own library; SameAs sees through the merge.
var first = Articles.Find("harbour-storm")!.Quotes[0];
Console.WriteLine($"{first.Speaker} said the first quote of harbour-storm: {mayor.SameAs(first.Speaker)}");

var claims = Articles.All.AllClaims().WithPercentage().Count();
Console.WriteLine($"{claims} claims state a percentage");
