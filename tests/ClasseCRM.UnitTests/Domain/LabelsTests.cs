using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;

namespace ClasseCRM.UnitTests.Domain;

public sealed class LabelsTests
{
    [Fact]
    public void ObjectionTypes_AreTheSameEverywhere_WithConcurrence() =>
        Assert.Equal(["Prix", "Produit", "Délai", "Besoin", "Concurrence", "Autre"], Labels.ObjectionTypes.Select(Labels.Of).ToList());

    [Fact]
    public void AReturn_IsARebondForAnEmail_AndNpaiOnlyForALetter()
    {
        Assert.StartsWith("Rebond", Labels.Of(MailingResult.ReturnedUndeliverable, Channel.Email));
        Assert.StartsWith("NPAI", Labels.Of(MailingResult.ReturnedUndeliverable, Channel.Mail));
    }
}
