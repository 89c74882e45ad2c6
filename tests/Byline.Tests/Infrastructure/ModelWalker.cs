using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Byline.Tests.Infrastructure;

/// <summary>Walks a pipeline value's object graph and fails on anything that would defeat caching or hold memory.</summary>
internal static class ModelWalker
{
    public static void AssertNoRoslynObjects(object? value, string step) => Walk(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static void Walk(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return;
        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or Microsoft.CodeAnalysis.Text.SourceText, $"{step} holds a {value.GetType().Name}");
        if (!value.GetType().IsValueType && !seen.Add(value)) return;
        if (value is IEnumerable items)
        {
            foreach (var item in items) Walk(item, step, seen);
            return;
        }
        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)) Walk(field.GetValue(value), step, seen);
    }
}
