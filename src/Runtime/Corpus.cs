using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Reflection;
using System.Text;
using System.Threading;
using Byline.Data;

namespace Byline;

/// <summary>
/// The articles and people of one project, as the generator stored them: each article's text (embedded in the
/// assembly as a resource, or in its record) and a compact record of what extraction found at build time. An article
/// is decoded the first time it is read; a person, the first time anyone is. A project that references content
/// libraries also has a merged corpus: the articles of every part in turn, and people merged across them. Generated
/// code calls this; users read the generated <c>Articles</c> and <c>People</c> classes.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class Corpus
{
    private readonly Assembly? _assembly;
    private readonly Func<int, string>? _articleData;
    private readonly Func<string>? _ids;
    private readonly Func<string> _people;
    private readonly Corpus[]? _parts;
    private readonly int[]? _starts;
    private readonly Article?[] _articles;
    private Person[]? _persons;
    private Dictionary<string, int>? _byId;

    /// <summary>Creates the corpus of an assembly. Called by generated code.</summary>
    /// <param name="assembly">The assembly whose embedded resources hold the articles' texts.</param>
    /// <param name="articleCount">How many articles there are.</param>
    /// <param name="articleData">The generated record of the article at an index.</param>
    /// <param name="ids">The generated list of article ids, in index order.</param>
    /// <param name="people">The generated records of every person.</param>
    public Corpus(Assembly assembly, int articleCount, Func<int, string> articleData, Func<string> ids, Func<string> people)
    {
        _assembly = assembly ?? throw new ArgumentNullException(nameof(assembly));
        _articleData = articleData ?? throw new ArgumentNullException(nameof(articleData));
        _ids = ids ?? throw new ArgumentNullException(nameof(ids));
        _people = people ?? throw new ArgumentNullException(nameof(people));
        _articles = new Article?[articleCount];
        Articles = new ArticleList(articleCount, Article);
    }

    /// <summary>Creates the corpus merged from several: their articles in turn, and people merged across them. Called by generated code.</summary>
    /// <param name="parts">The corpora merged: the project's own, then each content library's, in the generator's order.</param>
    /// <param name="people">The generated records of every merged person, each naming the people of the parts it merges.</param>
    public Corpus(Corpus[] parts, Func<string> people)
    {
        _parts = parts ?? throw new ArgumentNullException(nameof(parts));
        _people = people ?? throw new ArgumentNullException(nameof(people));
        _starts = new int[parts.Length];
        var count = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            _starts[i] = count;
            count += (parts[i] ?? throw new ArgumentNullException(nameof(parts))).Articles.Count;
        }
        _articles = Array.Empty<Article?>();
        Articles = new ArticleList(count, Article);
    }

    /// <summary>Every article, in the generator's order (by source path).</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Every person, ordered by name.</summary>
    public IReadOnlyList<Person> People => Persons();

    /// <summary>The article at <paramref name="index"/>, decoded on first access; always the same object.</summary>
    public Article Article(int index)
    {
        if (_parts is not null)
        {
            var part = Array.BinarySearch(_starts!, index);
            if (part < 0) part = ~part - 1;
            while (part + 1 < _parts.Length && _starts![part + 1] == index) part++;
            return _parts[part].Article(index - _starts![part]);
        }
        return Volatile.Read(ref _articles[index]) ?? Once.Publish(ref _articles[index], new Article(this, _articleData!(index)));
    }

    /// <summary>The person at <paramref name="index"/>; always the same object.</summary>
    public Person Person(int index) => Persons()[index];

    /// <summary>The article with this id, or <see langword="null"/>.</summary>
    public Article? Find(string id)
    {
        if (id is null) throw new ArgumentNullException(nameof(id));
        if (_parts is not null)
        {
            foreach (var part in _parts)
            {
                if (part.Find(id) is { } found) return found;
            }
            return null;
        }
        var byId = Volatile.Read(ref _byId) ?? Once.Publish(ref _byId, IdIndex());
        return byId.TryGetValue(id, out var index) ? Article(index) : null;
    }

    /// <summary>The text of an article embedded as a resource, checked against the length the build saw.</summary>
    internal string ReadResource(string name, int length)
    {
        var assembly = _assembly!;
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Byline: the article text '{name}' is not embedded in {assembly.GetName().Name}. Rebuild the project; the Byline package's build targets embed each article.");
        var bytes = new byte[stream.Length];
        var read = 0;
        while (read < bytes.Length)
        {
            var n = stream.Read(bytes, read, bytes.Length - read);
            if (n == 0) break;
            read += n;
        }
        var bom = read >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var text = Encoding.UTF8.GetString(bytes, bom, read - bom);
        if (text.Length != length)
        {
            throw new InvalidOperationException($"Byline: the embedded text '{name}' has {text.Length} characters, but the build extracted {length}. Rebuild the project.");
        }
        return text;
    }

    private Person[] Persons() => Volatile.Read(ref _persons) ?? Once.Publish(ref _persons, DecodePeople());

    private Person[] DecodePeople()
    {
        var reader = new DataReader(_people());
        var decoded = new Person[reader.Int()];
        for (var i = 0; i < decoded.Length; i++)
        {
            var (name, aliases, role, roles) = (reader.RequiredString(), reader.Strings(), reader.String(), reader.Strings());
            decoded[i] = _parts is null ? new Person(this, name, aliases, role, roles, reader.Ints()) : new Person(name, aliases, role, roles, PartsOf(reader.Ints()));
        }
        return decoded;
    }

    /// <summary>The people a merged person joins: pairs of a part's index and that part's person index.</summary>
    private Person[] PartsOf(int[] pairs)
    {
        var people = new Person[pairs.Length / 2];
        for (var i = 0; i < people.Length; i++) people[i] = _parts![pairs[2 * i]].Person(pairs[(2 * i) + 1]);
        return people;
    }

    private Dictionary<string, int> IdIndex()
    {
        var reader = new DataReader(_ids!());
        var ids = reader.Strings();
        var index = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++) index[ids[i]] = i;
        return index;
    }
}
