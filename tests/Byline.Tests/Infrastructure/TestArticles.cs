namespace Byline.Tests.Infrastructure;

/// <summary>Articles written for these tests (not copied from any publisher).</summary>
internal static class TestArticles
{
    public const string Harbour =
        "Harbour town votes to rebuild its sea wall\n" +
        "\n" +
        "By Alice MartinTom O'Neill\n" +
        "Share this article\n" +
        "\n" +
        "KINGSPORT (Reuters) - Councillors in Kingsport voted on Tuesday to rebuild the town's crumbling sea wall, a project expected to cost $4.5 million over three years.\n" +
        "\n" +
        "\"We cannot wait for the next storm to decide for us,\" Mayor Helen Carter said after the vote.\n" +
        "\n" +
        "\"The wall has protected this harbour for 120 years. It deserves better than patches.\"\n" +
        "\n" +
        "Engineers told the council that 18 of the wall's 40 sections are failing, and Carter said the town would seek national funding.\n" +
        "\n" +
        "Funding and delays\n" +
        "\n" +
        "Opposition councillor David Moss called the plan \"rushed\" and warned that costs could more than double if work slipped into winter.\n" +
        "\n" +
        "\"Nobody is against the wall. We are against writing a blank cheque,\" he said.\n" +
        "\n" +
        "You might also like\n" +
        "\n" +
        "Storm season arrives early on the north coast\n";

    public const string Second =
        "Council confirms sea wall contractor\n" +
        "\n" +
        "Helen Carter, the mayor of Kingsport, said on Friday that work would begin in March.\n" +
        "\n" +
        "\"The contract is signed and the crews are ready,\" Carter said.\n";
}
