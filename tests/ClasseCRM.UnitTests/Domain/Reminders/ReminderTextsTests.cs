using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Domain.Reminders;

namespace ClasseCRM.UnitTests.Domain.Reminders;

public sealed class ReminderTextsTests
{
    [Fact]
    public void NoAnswer_SaysWhatToDoThenWhy_InTheWordsOfTheChannel()
    {
        Assert.Equal("Relancer Plescop Immobilier — e-mail sans réponse depuis 7 jours", ReminderTexts.NoAnswer("Plescop Immobilier", Channel.Email));
        Assert.Equal("Relancer Plescop Immobilier — courrier sans réponse depuis 7 jours", ReminderTexts.NoAnswer("Plescop Immobilier", Channel.Mail));
    }

    [Fact]
    public void QuoteNoAnswer_NamesTheClientFirst() =>
        Assert.Equal("Relancer Garage du Centre — devis DE-2026-0003 sans réponse depuis 7 jours", ReminderTexts.QuoteNoAnswer("Garage du Centre", "DE-2026-0003"));
}
