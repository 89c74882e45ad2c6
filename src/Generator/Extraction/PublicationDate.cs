using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Byline.Generator.Model;

namespace Byline.Generator.Extraction;

/// <summary>Publication and update dates in the forms news pages print them.</summary>
internal static class PublicationDate
{
    private const string Month = @"(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
    private static readonly TieredRegex s_monthDayYear = new(Month + @" (?<day>\d{1,2})(?:st|nd|rd|th)?,? (?<year>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly TieredRegex s_dayMonthYear = new(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)? " + Month + @",? (?<year>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly TieredRegex s_iso = new(@"\b(?<year>(?:19|20)\d\d)-(?<m>\d\d)-(?<day>\d\d)\b", RegexOptions.CultureInvariant);
    // "18.11.2019" (day first) and "11/19/2019" (month first unless the first number is past 12: "21/06/2014").
    private static readonly TieredRegex s_numeric = new(@"(?<![\d.:/])(?<a>\d{1,2})(?<sep>[./])(?<b>\d{1,2})\k<sep>(?<year>(?:19|20)\d\d)(?!\d)", RegexOptions.CultureInvariant);
    private static readonly TieredRegex s_time = new(@"\b(?<h>\d{1,2})[:.](?<min>\d\d)\s*(?<ampm>[ap]\.?m\.?)?(?:\s*(?<tz>[A-Z]{2,4}\b|[+-]\d\d:?\d\d))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly TieredRegex s_updated = new(@"^(?:Updated|Last updated|Last modified|Modified)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly TieredRegex s_label = new(@"^(?:Published|First published|Posted|Updated|Last updated|Last modified|Modified|Date)\b:?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Dictionary<string, int> s_zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UTC"] = 0, ["Z"] = 0, ["BST"] = 60, ["CET"] = 60, ["CEST"] = 120, ["EET"] = 120, ["EEST"] = 180,
        ["EST"] = -300, ["EDT"] = -240, ["CST"] = -360, ["CDT"] = -300, ["MST"] = -420, ["MDT"] = -360,
        ["PST"] = -480, ["PDT"] = -420, ["IST"] = 330, ["JST"] = 540, ["AEST"] = 600, ["AEDT"] = 660,
    };

    /// <summary>A line that is a date stamp rather than a sentence that mentions a date.</summary>
    public static bool IsDateLine(string line)
    {
        if (line.Length > 100) return false;
        var date = FindDate(line, out var match);
        if (date is null && !(s_label.IsMatch(line) && s_time.IsMatch(line))) return false;
        if (s_label.IsMatch(line)) return true;
        var rest = match is null ? line : line.Remove(match.Index, match.Length);
        rest = s_time.Replace(rest, "");
        return Words.Count(rest.Trim(' ', ',', '-', '|', '\u2014')) <= 3;
    }

    public static bool IsUpdate(string line) => s_updated.IsMatch(line);

    private static readonly string[] s_weekdays = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun" };

    /// <summary>Whether the word is a weekday's name or its abbreviation ("Monday", "Tues").</summary>
    public static bool IsWeekday(string word) => Array.IndexOf(s_weekdays, word) >= 0;

    private static readonly char[] s_separators = { ' ', ',', '|', '-', '\u2013', '\u2014', '/', '\u2022', '\u00B7', '@' };

    /// <summary>
    /// What follows the date (and time) a line opens with: "September 10, 2018 | by Catherine" gives "by Catherine",
    /// "Monday November 18, 2019 7:45 am PST by Joe Rossignol" gives "by Joe Rossignol"; null when the line does not
    /// open with a date (a weekday may come first).
    /// </summary>
    public static string? AfterLeadingDate(string line)
    {
        if (line.Length > 200 || FindDate(line, out var match) is null || match is null) return null;
        // Before the date only a weekday or a time may stand ("5:45 AM PST 11/19/2019 by …").
        var before = line.Substring(0, match.Index).Trim(s_separators);
        if (before.Length > 0 && Array.IndexOf(s_weekdays, before.TrimEnd('.')) < 0 && !IsTime(before)) return null;
        var rest = line.Substring(match.Index + match.Length);
        var time = s_time.Match(rest);
        if (time.Success && rest.Substring(0, time.Index).Trim(s_separators).Length == 0) rest = rest.Substring(time.Index + time.Length);
        return rest.Trim(s_separators);
    }

    public static DateStamp? Parse(string line)
    {
        var date = FindDate(line, out var match);
        if (date is null) return null;
        var (year, month, day) = date.Value;
        // The time is looked for around the date, never inside it ("18.11.2019" holds no "18.11").
        var time = s_time.Match(match is null ? line : line.Remove(match.Index, match.Length).Insert(match.Index, " "));
        int hour = 0, minute = 0, offset = 0;
        if (time.Success && !LooksLikeYear(time))
        {
            hour = int.Parse(time.Groups["h"].Value, CultureInfo.InvariantCulture);
            minute = int.Parse(time.Groups["min"].Value, CultureInfo.InvariantCulture);
            var ampm = time.Groups["ampm"].Value.ToLowerInvariant();
            if (ampm.StartsWith("p", StringComparison.Ordinal) && hour < 12) hour += 12;
            if (ampm.StartsWith("a", StringComparison.Ordinal) && hour == 12) hour = 0;
            offset = Offset(time.Groups["tz"].Value);
            if (hour > 23 || minute > 59) hour = minute = 0;
        }
        return new DateStamp(year, month, day, hour, minute, offset);
    }

    private static bool IsTime(string text)
    {
        var time = s_time.Match(text);
        return time.Success && time.Index == 0 && time.Length == text.Length;
    }

    private static bool LooksLikeYear(Match time) => time.Groups["h"].Value.Length > 2;

    private static int Offset(string zone)
    {
        if (zone.Length == 0) return 0;
        if (s_zones.TryGetValue(zone, out var minutes)) return minutes;
        if (zone[0] is '+' or '-')
        {
            var digits = zone.Substring(1).Replace(":", "");
            var value = (int.Parse(digits.Substring(0, 2), CultureInfo.InvariantCulture) * 60) + int.Parse(digits.Substring(2), CultureInfo.InvariantCulture);
            return zone[0] == '-' ? -value : value;
        }
        return 0;
    }

    private static (int Year, int Month, int Day)? FindDate(string line, out Match? match)
    {
        // Every form has a year, which starts with 19 or 20: a line without either, as most are, has no date.
        match = null;
        if (line.IndexOf("19", StringComparison.Ordinal) < 0 && line.IndexOf("20", StringComparison.Ordinal) < 0) return null;
        foreach (var regex in new[] { s_monthDayYear, s_dayMonthYear })
        {
            match = regex.Match(line);
            if (match.Success)
            {
                var month = MonthNumber(match.Groups["mon"].Value);
                var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
                var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                if (IsValid(year, month, day)) return (year, month, day);
            }
        }
        match = s_iso.Match(line);
        if (match.Success)
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            if (IsValid(year, month, day)) return (year, month, day);
        }
        match = s_numeric.Match(line);
        if (match.Success)
        {
            var a = int.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(match.Groups["b"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            var dayFirst = match.Groups["sep"].Value == "." || a > 12;
            var (month, day) = dayFirst ? (b, a) : (a, b);
            if (IsValid(year, month, day)) return (year, month, day);
        }
        match = null;
        return null;
    }

    private static bool IsValid(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The months' three-letter abbreviations, capitalised, in the order of the year.</summary>
    public static readonly string[] MonthAbbreviations = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

    private static readonly HashSet<string> s_monthNames = new(
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Concat(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames)
            .Where(name => name.Length > 0).Append("Sept"),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the word is a month's name or its abbreviation ("June", "Jan", "Sept"), in any case.</summary>
    public static bool IsMonthName(string word) => s_monthNames.Contains(word);

    /// <summary>Whether the word is a month's name in full ("June", "May"), not only an abbreviation ("Jan").</summary>
    public static bool IsFullMonthName(string word) => s_fullMonthNames.Contains(word);

    // DateTimeFormatInfo.MonthNames copies its array on every read: read once.
    private static readonly HashSet<string> s_fullMonthNames = new(
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Where(name => name.Length > 0), StringComparer.OrdinalIgnoreCase);

    private static int MonthNumber(string name)
    {
        for (var m = 0; m < MonthAbbreviations.Length; m++)
        {
            if (string.Compare(name, 0, MonthAbbreviations[m], 0, 3, StringComparison.OrdinalIgnoreCase) == 0) return m + 1;
        }
        return 0;
    }
}
