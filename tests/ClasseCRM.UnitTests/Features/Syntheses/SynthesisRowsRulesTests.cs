using ClasseCRM.Web.Features.Syntheses;

namespace ClasseCRM.UnitTests.Features.Syntheses;

/// <summary>The school year of the cover page and the rows a student writes in the document.</summary>
public sealed class SynthesisRowsRulesTests
{
    [Theory]
    [InlineData(2026, 9, 1, "2026-2027")]
    [InlineData(2026, 11, 30, "2026-2027")]
    [InlineData(2027, 3, 15, "2026-2027")]
    [InlineData(2027, 8, 31, "2026-2027")]
    public void SchoolYearOf_StartsOnTheFirstOfSeptember(int year, int month, int day, string expected) =>
        Assert.Equal(expected, SynthesisCover.SchoolYearOf(new DateOnly(year, month, day)));

    [Fact]
    public void Check_ImpossibleDate_NamesTheRow_BlankAndRemovedRowsIgnored()
    {
        var form = new SynthesisTextViewModel
        {
            WithRows = true,
            Actions =
            [
                new() { Action = "Rappeler", DueOn = "8/12/2026" },
                new() { Action = "Relancer", DueOn = "31/02/2027" },
                new() { Action = "Retirée", DueOn = "n'importe quoi", Remove = true },
                new(),
            ],
        };

        Assert.Equal([("Actions[1].DueOn", "Rétroagir, ligne 2 : l'échéance « 31/02/2027 » n'est pas une date au format jj/mm/aaaa (par exemple 15/01/2027).")], SynthesisRows.Check(form));
        form.Actions[1].DueOn = "28/02/2027";
        Assert.Empty(SynthesisRows.Check(form));
        Assert.Equal([("Rappeler", new DateOnly(2026, 12, 8)), ("Relancer", new DateOnly(2027, 2, 28))], SynthesisRows.ActionsFrom(form).Select(a => (a.Action, a.DueOn!.Value)));
    }

    [Fact]
    public void CausesFrom_KeepsOnlyTheRowsOfTheResults()
    {
        var form = new SynthesisTextViewModel
        {
            Causes =
            [
                new() { Channel = "Phone", Objective = "rendez-vous", Cause = "  Horaires mal choisis  " },
                new() { Channel = "Phone", Objective = "inventé", Cause = "Pas une ligne des résultats" },
                new() { Channel = "Phone", Objective = "CA HT", Cause = " " },
            ],
        };
        var rows = new HashSet<(string, string)> { ("Phone", "rendez-vous"), ("Phone", "CA HT") };

        var causes = SynthesisRows.CausesFrom(form, rows);

        Assert.Equal([new Web.Domain.Syntheses.SynthesisGapCause("Phone", "rendez-vous", "Horaires mal choisis")], causes);
    }
}
