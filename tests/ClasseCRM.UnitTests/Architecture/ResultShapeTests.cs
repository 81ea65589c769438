using System.Reflection;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Infrastructure.Validation;

namespace ClasseCRM.UnitTests.Architecture;

/// <summary>
/// Services answer a user's action in one shape (<see cref="Outcome"/>): no feature service reports a refusal as a
/// nullable text, where null, "" and a message meant three different things.
/// </summary>
public sealed class ResultShapeTests
{
    private static readonly Assembly App = typeof(AppDbContext).Assembly;

    /// <summary>Queries whose text is content, not a message: null there means « nothing to show » (a 404).</summary>
    private static readonly string[] TextQueries =
    [
        "ReminderService.FeedAsync", // the iCalendar feed of a token's owner
    ];

    [Fact]
    public void NoFeatureService_AnswersWithANullableText()
    {
        var nullability = new NullabilityInfoContext();
        var services = App.GetTypes()
            .Where(t => t.Namespace?.StartsWith("ClasseCRM.Web.Features", StringComparison.Ordinal) == true && t.Name.EndsWith("Service", StringComparison.Ordinal))
            .ToList();
        var textAnswers = (
            from type in services
            from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            let answer = nullability.Create(method.ReturnParameter)
            let text = answer.Type == typeof(Task<string>) ? answer.GenericTypeArguments[0] : answer
            where text.Type == typeof(string) && text.ReadState == NullabilityState.Nullable
            select $"{type.Name}.{method.Name}").Except(TextQueries).ToList();
        var outcomes = services.SelectMany(t => t.GetMethods()).Count(m => m.ReturnType == typeof(Task<Outcome>));

        Assert.True(services.Count >= 15, $"{services.Count} services");
        Assert.True(outcomes >= 8, $"{outcomes} actions answer with Outcome");
        Assert.True(textAnswers.Count == 0, string.Join("\n", textAnswers));
    }
}
