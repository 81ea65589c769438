using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Domain.Planning;
using ClasseCRM.Web.Features.Operations;
using ClasseCRM.Web.Features.Syntheses;

namespace ClasseCRM.UnitTests.Features.Operations;

/// <summary>The plans in the handed-in document: justifications per operation, and annexes only of the texts the student wrote.</summary>
public sealed class OperationPlanDocumentTests
{
    private static readonly Pitch OwnPitch = new("Accroche : « Une journée sans copieur ? »",
        [new PitchArgument("Intervention sous 4 h", "Le cabinet n'est jamais bloqué", "97 % en 2025"), new PitchArgument("Location tout compris", "Budget fixe", "Simulation")]);

    private static OperationPlanSnapshot Phoning => new(1, "Phoning cabinets", Channel.Phone, "statut : suspect", "Ils impriment beaucoup.", "Rapide et peu coûteux.",
        "Trois semaines.", 180.5m, "1. Prise de contact\n2. Présentation", OwnPitch, null, null);

    private static OperationPlanSnapshot Emailing => new(2, "E-mailing relance", Channel.Email, "tout le fichier", null, null, null, null, null, null,
        "Offre pour {raison sociale}", "{civilité} {nom},\nNotre offre.\n{signature}");

    [Fact]
    public void Annexes_OnePartPerText_EachOperationWithTheTextItsStudentWrote()
    {
        var annexes = OperationPlanDocument.Annexes([Phoning, Emailing]).ToList();

        Assert.Equal(
        [
            "Annexe — plan d'appel — « Phoning cabinets »", "Annexe — argumentaire — « Phoning cabinets »", "Annexe — lettre / e-mail — « E-mailing relance »",
        ], annexes.Select(a => a.Title));
        Assert.Equal("1. Prise de contact\n2. Présentation", annexes[0].Text);
        Assert.Equal("Accroche : « Une journée sans copieur ? »", annexes[1].Text);
        var table = annexes[1].Table!;
        Assert.Equal(["Caractéristique", "Avantage", "Preuve"], table.Header);
        Assert.Equal(["Intervention sous 4 h", "Le cabinet n'est jamais bloqué", "97 % en 2025"], table.Rows[0]);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("Objet : Offre pour {raison sociale}\n\n{civilité} {nom},\nNotre offre.\n{signature}", annexes[2].Text);
        Assert.Null(annexes[2].Table);
    }

    [Fact]
    public void Annexes_NothingWritten_NoAnnex()
    {
        var untouched = Phoning with { Script = null, Pitch = null };

        Assert.Empty(OperationPlanDocument.Annexes([untouched]));
    }

    [Fact]
    public void Justifications_OneTextPerOperation_SayingWhatIsMissing()
    {
        var texts = OperationPlanDocument.Justifications([Phoning, Emailing]);

        Assert.Equal(
            "Canal : Téléphone (phoning)\nCritères de la cible : statut : suspect\nJustification de la cible : Ils impriment beaucoup.\n"
            + "Justification de la technique et du canal\u00A0: Rapide et peu coûteux.\nCalendrier\u00A0: Trois semaines.\nBudget prévu\u00A0: 180,50\u00A0€ HT",
            texts[1]);
        Assert.Equal(
            "Canal : E-mailing\nCritères de la cible : tout le fichier\nJustification de la cible : non renseignée\n"
            + "Justification de la technique et du canal : non renseignée\nCalendrier : non renseigné\nBudget prévu : non renseigné",
            texts[2]);
    }

    [Fact]
    public void ScenarioPitch_CapLinesBecomeRows_OtherLinesTheAccroche()
    {
        var pitch = Pitch.FromScenario("Accroche : « Combien ? »\nCAP 1 — Caractéristique : technicien à Rennes, intervention sous 4 h. Avantage : votre activité ne s'arrête pas. Preuve : 97 % en 2025 (mobile SÉCURITÉ).\nRappel : la loi.");

        Assert.Equal("Accroche : « Combien ? »\nRappel : la loi.", pitch.Hook);
        Assert.Equal(new PitchArgument("technicien à Rennes, intervention sous 4 h", "votre activité ne s'arrête pas", "97 % en 2025 (mobile SÉCURITÉ)"), Assert.Single(pitch.Arguments));
        var readBack = Pitch.Parse(pitch.ToStored());
        Assert.Equal(pitch.Hook, readBack.Hook);
        Assert.Equal(pitch.Arguments, readBack.Arguments);
    }

    [Fact]
    public void DefaultScript_HasTheSixStepsWithTheScenariosArgumentsAndObjections()
    {
        var scenario = new Scenario
        {
            CompanyName = "Bureau Ouest",
            Sector = "Équipement de bureau",
            Offer = "Des copieurs en location.",
            SalesPitch = "CAP 1 — Caractéristique : intervention sous 4 h. Avantage : pas d'arrêt. Preuve : 97 %.",
            Objections = [new ScenarioObjection { Objection = "C'est trop cher.", Technique = "Compensation", Answer = "Comparons." }],
        };

        var script = PlanDefaults.Script(scenario);

        foreach (var step in new[] { "1. Prise de contact", "2. Présentation", "3. Découverte", "4. Argumentation", "5. Traitement des objections", "6. Conclusion et prise de rendez-vous" })
        {
            Assert.Contains(step, script);
        }
        Assert.Contains("- intervention sous 4 h : pas d'arrêt (97 %).", script);
        Assert.Contains("- « C'est trop cher. » (Compensation) : Comparons.", script);
    }
}
