using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Byline.Generator.Model;

namespace Byline.Generator.Corrections;

/// <summary>
/// Reads byline.json with System.Text.Json's reader, keeping where each entry stands. Malformed JSON is one error at
/// its line and column and no corrections; an entry of the wrong shape is a warning at its place and is left out.
/// </summary>
internal sealed class CorrectionsReader
{
    private readonly byte[] _bytes;
    private readonly List<int> _lineStarts = new() { 0 };
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly List<PersonCorrection> _people = new();
    private readonly List<NameCorrection> _notPeople = new();
    private readonly List<QuoteCorrection> _quotes = new();
    private readonly List<NameCorrection> _speechVerbs = new();

    private CorrectionsReader(string json)
    {
        _bytes = Encoding.UTF8.GetBytes(json);
        for (var i = 0; i < _bytes.Length; i++)
        {
            if (_bytes[i] == (byte)'\n') _lineStarts.Add(i + 1);
        }
    }

    public static CorrectionsModel Read(string path, string json)
    {
        var reader = new CorrectionsReader(json);
        try
        {
            reader.ReadFile();
        }
        catch (JsonException error)
        {
            var line = (int)(error.LineNumber ?? 0) + 1;
            var column = (int)(error.BytePositionInLine ?? 0) + 1;
            var info = new DiagnosticInfo(DiagnosticIds.InvalidCorrectionsJson, line, column, 1, new EquatableArray<string>(new[] { Reason(error.Message) }));
            return CorrectionsModel.None with { FilePath = path, Diagnostics = new EquatableArray<DiagnosticInfo>(new[] { info }) };
        }
        return new CorrectionsModel(path, reader._people.ToEquatableArray(), reader._notPeople.ToEquatableArray(), reader._quotes.ToEquatableArray(), reader._speechVerbs.ToEquatableArray(), reader._diagnostics.ToEquatableArray());
    }

    /// <summary>System.Text.Json's message without the position it also gives (the diagnostic points there).</summary>
    private static string Reason(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message.Substring(0, cut) : message).Trim().TrimEnd('.');
    }

    private void ReadFile()
    {
        var reader = new Utf8JsonReader(_bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!reader.Read()) return; // an empty file corrects nothing
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Warn(reader, "the file must hold one object, { \"people\": [...], ... }");
            reader.Skip();
            return;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            var at = reader;
            reader.Read();
            switch (key)
            {
                case "$schema":
                    reader.Skip();
                    break;
                case "people":
                    ReadArray(ref reader, key, ReadPerson);
                    break;
                case "notPeople":
                    ReadArray(ref reader, key, (ref Utf8JsonReader r) => ReadWord(ref r, "a name in 'notPeople'", _notPeople, name => name, _ => null));
                    break;
                case "quotes":
                    ReadArray(ref reader, key, ReadQuote);
                    break;
                case "speechVerbs":
                    ReadArray(ref reader, key, (ref Utf8JsonReader r) => ReadWord(ref r, "a verb in 'speechVerbs'", _speechVerbs, verb => verb.ToLowerInvariant(),
                        verb => verb.IndexOf(' ') < 0 && verb.All(char.IsLetter) ? null : $"'{verb}' is not one word; give the verb's base form, as 'quip' for quipped"));
                    break;
                default:
                    Warn(at, $"'{key}' is not a section of the corrections file; use 'people', 'notPeople', 'quotes' or 'speechVerbs'");
                    reader.Skip();
                    break;
            }
        }
    }

    private delegate void EntryReader(ref Utf8JsonReader reader);

    private void ReadArray(ref Utf8JsonReader reader, string key, EntryReader entry)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            Warn(reader, $"'{key}' must be a list, [ ... ]");
            reader.Skip();
            return;
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) entry(ref reader);
    }

    /// <summary>One text entry of a list: kept (as <paramref name="keep"/> gives it) unless <paramref name="problem"/> names one.</summary>
    private void ReadWord(ref Utf8JsonReader reader, string what, List<NameCorrection> into, Func<string, string> keep, Func<string, string?> problem)
    {
        var (line, column) = Position(reader);
        if (Text(ref reader, what) is not { } word) return;
        if (problem(word) is { } message) WarnAt(line, column, message);
        else into.Add(new NameCorrection(keep(word), line, column));
    }

    private void ReadPerson(ref Utf8JsonReader reader)
    {
        var (line, column) = Position(reader);
        var fields = ReadObject(ref reader, "a person", "name", "aliases", "role");
        if (fields is null) return;
        if (!fields.TryGetValue("name", out var name) || name.Text is not { Length: > 0 })
        {
            WarnAt(line, column, "a person needs a 'name'");
            return;
        }
        var aliases = fields.TryGetValue("aliases", out var list) ? list.List : null;
        var role = fields.TryGetValue("role", out var r) ? r.Text : null;
        _people.Add(new PersonCorrection(name.Text!, (aliases ?? new List<string>()).ToEquatableArray(), role, line, column));
    }

    private void ReadQuote(ref Utf8JsonReader reader)
    {
        var (line, column) = Position(reader);
        var fields = ReadObject(ref reader, "a quote", "article", "text", "speaker");
        if (fields is null) return;
        if (!fields.TryGetValue("article", out var article) || article.Text is not { Length: > 0 } || !fields.TryGetValue("text", out var text) || text.Text is not { Length: > 0 })
        {
            WarnAt(line, column, "a quote needs the 'article' id and the 'text' it starts with");
            return;
        }
        if (!fields.TryGetValue("speaker", out var speaker))
        {
            WarnAt(line, column, "a quote needs a 'speaker': a person's name, or null for no one");
            return;
        }
        _quotes.Add(new QuoteCorrection(article.Text!, text.Text!, speaker.Text, line, column));
    }

    /// <summary>A value of an entry: a string (or null) or a list of strings.</summary>
    private sealed record Field(string? Text, List<string>? List);

    private Dictionary<string, Field>? ReadObject(ref Utf8JsonReader reader, string what, params string[] keys)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Warn(reader, $"{what} must be an object, {{ \"{keys[0]}\": ... }}");
            reader.Skip();
            return null;
        }
        var fields = new Dictionary<string, Field>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            var at = reader;
            reader.Read();
            if (Array.IndexOf(keys, key) < 0)
            {
                Warn(at, $"'{key}' is not a field of {what}; use {string.Join(", ", Array.ConvertAll(keys, k => "'" + k + "'"))}");
                reader.Skip();
                continue;
            }
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                var list = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (Text(ref reader, $"an entry of '{key}'") is { } item) list.Add(item);
                }
                fields[key] = new Field(null, list);
            }
            else if (reader.TokenType == JsonTokenType.Null) fields[key] = new Field(null, null);
            else if (Text(ref reader, $"'{key}'") is { } value) fields[key] = new Field(value, null);
        }
        return fields;
    }

    /// <summary>The string at the reader, trimmed; anything else is a warning and null.</summary>
    private string? Text(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType == JsonTokenType.String) return reader.GetString()!.Trim();
        Warn(reader, $"{what} must be text in quotes");
        reader.Skip();
        return null;
    }

    private void Warn(Utf8JsonReader reader, string message)
    {
        var (line, column) = Position(reader);
        WarnAt(line, column, message);
    }

    private void WarnAt(int line, int column, string message) =>
        _diagnostics.Add(new DiagnosticInfo(DiagnosticIds.InvalidCorrection, line, column, 1, new EquatableArray<string>(new[] { message })));

    /// <summary>The 1-based line and column (in characters) of the reader's token.</summary>
    private (int Line, int Column) Position(Utf8JsonReader reader)
    {
        var offset = (int)reader.TokenStartIndex;
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        var column = Encoding.UTF8.GetCharCount(_bytes, _lineStarts[line], offset - _lineStarts[line]) + 1;
        return (line + 1, column);
    }
}
