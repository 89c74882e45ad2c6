using System;
using System.IO;

namespace Byline.Tests.Infrastructure;

/// <summary>Paths of the repository and of the shared material beside it (absent on a user's fresh clone).</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared beside the repository, or null when this clone has none.</summary>
    public static string? Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(Path.Combine(path, "corpus")) ? path : null;
        }
    }

    public static string SeedArticle => Path.Combine(Root, "samples", "Byline.Sample", "Articles", "000_4db963de024e33e7.txt");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Byline.slnx"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("The tests must run inside the Byline repository.");
    }
}
