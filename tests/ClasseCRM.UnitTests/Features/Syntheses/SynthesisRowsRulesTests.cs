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

        Assert.Equal([("Actions[1].DueOn", "Rétroagir, ligne 2 : l'échéance « 31/02/2027 » n'est pas une date existante (format jj/mm/aaaa, par exemple 15/01/2027).")], SynthesisRows.Check(form));
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

    [Fact]
    public void Snapshot_WithAnnexTableAndRows_ReadsBackTheSame()
    {
        var json = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web);
        var facts = new SynthesisFacts("Bureau Ouest", "Copieurs", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), [], null,
            new SynthesisCover("1re MCV B", "Lycée", "2026-2027"), null,
            new DocumentAnnexes(new() { [12] = "Parce que." }, [new DocumentAnnex("Annexe — plan de tournée", "2 jours", new DocTable("Tournée", ["Jour", "Visites", "Boucle"], [["lundi 02/11/2026", "A → B", "12,5 km"]], [2]))]),
            [new("Phone", "rendez-vous", "Horaires")], [new("Écart", "Cause", "Action", new DateOnly(2026, 12, 1), "Indicateur", 7)]);

        var back = System.Text.Json.JsonSerializer.Deserialize<SynthesisFacts>(System.Text.Json.JsonSerializer.Serialize(facts, json), json)!;

        Assert.Equal("Parce que.", back.Annexes!.Justifications[12]);
        Assert.Equal("12,5 km", back.Annexes.Annexes.Single().Table!.Rows.Single()[2]);
        Assert.Equal(facts.Actions, back.Actions);
        Assert.Equal(facts.GapCauses, back.GapCauses);
        Assert.Equal(facts.Cover, back.Cover);
    }
}
