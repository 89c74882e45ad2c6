using System;
using System.Linq;
using Byline;
using Newsroom.Content;

// Every article and person comes from the content library, built once and not again while its articles are unchanged.
Console.WriteLine($"{Articles.All.Count} articles in the content library");
foreach (var article in Articles.All) Console.WriteLine($"  {article.Id}: {article.Title}");

var mayor = People.HelenCarter;
Console.WriteLine($"{mayor.Name} ({mayor.Role}) is quoted in {mayor.Articles.Count} articles:");
foreach (var quote in mayor.Quotes) Console.WriteLine($"  {quote.Article.Id}, line {quote.Line}: \u201C{quote.Text}\u201D");

var claims = Articles.All.AllClaims().WithPercentage().Count();
Console.WriteLine($"{claims} claims state a percentage");
