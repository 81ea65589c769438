using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;

namespace ClasseCRM.UnitTests.Domain.Contacting;

public sealed class MailMergeTests
{
    private static readonly MergeData Durand = new(Civility.Madame, "Claire", "Durand", "Directrice", "Imprimerie Durand", "Rennes", "Léa Martin\nBureau Ouest");

    [Fact]
    public void Render_ReplacesEveryField_IgnoringCaseAndAccents()
    {
        var text = MailMerge.Render("{Civilite} {nom}, {PRÉNOM} ({fonction}) chez {raison sociale} à {ville}.\n{signature}", Durand);

        Assert.Equal("Madame Durand, Claire (Directrice) chez Imprimerie Durand à Rennes.\nLéa Martin\nBureau Ouest", text);
    }

    [Fact]
    public void Render_WithoutANamedPerson_GreetsMadameMonsieur_WithoutAStraySpace()
    {
        var nobody = new MergeData(null, "", "", "", "Garage du Centre", "Vitré", "Léa");

        Assert.Equal("Madame, Monsieur,\nBonjour.", MailMerge.Render("{civilité} {nom},\nBonjour.", nobody));
    }

    [Fact]
    public void UnknownFields_AreListedAsTyped_KnownOnesAreNot()
    {
        Assert.Equal(["{adresse}", "{Code postal}"], MailMerge.UnknownFields("{nom} {adresse} {Code postal} {adresse} {ville}"));
        Assert.Empty(MailMerge.UnknownFields("Pas de champ, et des accolades vides {} ne comptent pas."));
    }

    [Fact]
    public void Render_LeavesUnknownFieldsAsTyped()
    {
        Assert.Equal("Bonjour {adresse}", MailMerge.Render("Bonjour {adresse}", Durand));
    }

    [Fact]
    public void Render_AgreesTheTitleWithTheCivilite_InAMergedLetter()
    {
        var blanchard = new MergeData(Civility.Madame, "Anne", "Blanchard", "Gérant", "Plescop Immobilier", "Plescop", "Léa");

        Assert.Equal("À l'attention de Madame Blanchard, Gérante", MailMerge.Render("À l'attention de {civilité} {nom}, {fonction}", blanchard));
    }

    [Fact]
    public void DefaultLetter_GreetsMadame_AndClosesFormallyWithoutTheName()
    {
        var blanchard = new MergeData(Civility.Madame, "Anne", "Blanchard", "Gérante", "Plescop Immobilier", "Plescop", "Léa Martin");

        var letter = MailMerge.Render(MailTemplates.Body(Channel.Mail, "Notre offre."), blanchard);

        Assert.StartsWith("Madame,\n\nNotre offre.", letter);
        Assert.Contains("Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.", letter);
        Assert.DoesNotContain("Blanchard", letter);
    }

    [Fact]
    public void DefaultEmail_SaysBonjourWithTheName_AndClosesWithCordialement()
    {
        var blanchard = new MergeData(Civility.Madame, "Anne", "Blanchard", "Gérante", "Plescop Immobilier", "Plescop", "Léa Martin");

        var email = MailMerge.Render(MailTemplates.Body(Channel.Email, "Notre offre."), blanchard);

        Assert.StartsWith("Bonjour Madame Blanchard,\n\nNotre offre.", email);
        Assert.Contains("Cordialement,\n\nLéa Martin", email);
        Assert.DoesNotContain("agréer", email);
    }
}
