using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;

namespace ClasseCRM.UnitTests.Domain.Contacting;

public sealed class ContactRulesTests
{
    private static Prospect Individual(bool phoneConsent = true, bool emailConsent = false, ProspectStatus status = ProspectStatus.Prospect) =>
        new() { Kind = ProspectKind.Individual, Name = "Durand Léa", PhoneConsent = phoneConsent, EmailConsent = emailConsent, Status = status };

    private static Prospect Business() => new() { Kind = ProspectKind.Organisation, Name = "Cabinet Martin" };

    private static DateTime Utc(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(9, 30, true)]    // 10:30 in Paris (UTC+1 in November)
    [InlineData(8, 59, false)]   // 09:59
    [InlineData(11, 59, true)]   // 12:59
    [InlineData(12, 30, false)]  // 13:30: lunch break
    [InlineData(13, 0, true)]    // 14:00
    [InlineData(18, 59, true)]   // 19:59
    [InlineData(19, 0, false)]   // 20:00
    public void B2CPhone_OnlyWithinTheLegalHours(int hourUtc, int minuteUtc, bool allowed) =>
        Assert.Equal(allowed, ContactRules.Check(Individual(), Channel.Phone, Utc(2026, 11, 24, hourUtc, minuteUtc)).Allowed);

    [Fact]
    public void B2CPhone_HoursFollowDaylightSaving()
    {
        // Summer time starts on Sunday 29 March 2026: 10:30 in Paris is 09:30 UTC before, 08:30 UTC after.
        Assert.True(ContactRules.Check(Individual(), Channel.Phone, Utc(2026, 3, 27, 9, 30)).Allowed);
        Assert.False(ContactRules.Check(Individual(), Channel.Phone, Utc(2026, 3, 27, 8, 30)).Allowed);
        Assert.True(ContactRules.Check(Individual(), Channel.Phone, Utc(2026, 3, 30, 8, 30)).Allowed);
        Assert.False(ContactRules.Check(Individual(), Channel.Phone, Utc(2026, 3, 30, 7, 30)).Allowed);
        // Winter time again from Sunday 25 October 2026: 19:30 UTC is 20:30 before, 20:30 → refused; after, 19:30 UTC = 20:30 too.
        Assert.False(ContactRules.Check(Individual(), Channel.Phone, Utc(2026, 10, 23, 18, 30)).Allowed); // 20:30 CEST
        Assert.True(ContactRules.Check(Individual(), Channel.Phone, Utc(2026, 10, 26, 18, 30)).Allowed);  // 19:30 CET
    }

    [Fact]
    public void B2CPhone_NeverOnWeekendsOrPublicHolidays()
    {
        var saturday = ContactRules.Check(Individual(), Channel.Phone, Utc(2026, 11, 28, 10, 0));
        var armistice = ContactRules.Check(Individual(), Channel.Phone, Utc(2026, 11, 11, 10, 0));
        var whitMonday = ContactRules.Check(Individual(), Channel.Phone, Utc(2026, 5, 25, 9, 0));

        Assert.False(saturday.Allowed);
        Assert.Contains("samedi", saturday.Reason);
        Assert.False(armistice.Allowed);
        Assert.Contains("férié", armistice.Reason);
        Assert.False(whitMonday.Allowed);
    }

    [Fact]
    public void B2CPhone_NeedsConsentSince11August2026_ExceptCustomers()
    {
        var before = ContactRules.Check(Individual(phoneConsent: false), Channel.Phone, Utc(2026, 8, 10, 9, 0));
        var after = ContactRules.Check(Individual(phoneConsent: false), Channel.Phone, Utc(2026, 8, 12, 9, 0));
        var customer = ContactRules.Check(Individual(phoneConsent: false, status: ProspectStatus.Client), Channel.Phone, Utc(2026, 8, 12, 9, 0));

        Assert.True(before.Allowed);
        Assert.False(after.Allowed);
        Assert.Contains("consentement", after.Reason);
        Assert.True(customer.Allowed);
    }

    [Fact]
    public void B2CPhone_AtMostFourCallsIn30Days_And60DaysAfterARefusal()
    {
        var now = Utc(2026, 11, 24, 10, 0);
        var three = new CallHistory([now.AddDays(-1), now.AddDays(-10), now.AddDays(-29)], null);
        var four = new CallHistory([now.AddDays(-1), now.AddDays(-10), now.AddDays(-20), now.AddDays(-29)], null);
        var oneTooOld = new CallHistory([now.AddDays(-1), now.AddDays(-10), now.AddDays(-20), now.AddDays(-31)], null);

        Assert.True(ContactRules.Check(Individual(), Channel.Phone, now, three).Allowed);
        Assert.False(ContactRules.Check(Individual(), Channel.Phone, now, four).Allowed);
        Assert.True(ContactRules.Check(Individual(), Channel.Phone, now, oneTooOld).Allowed);
        Assert.False(ContactRules.Check(Individual(), Channel.Phone, now, new CallHistory([], now.AddDays(-59))).Allowed);
        Assert.True(ContactRules.Check(Individual(), Channel.Phone, now, new CallHistory([], now.AddDays(-61))).Allowed);
    }

    [Fact]
    public void B2B_AnyTimeUnlessTheyObjected()
    {
        var saturdayNight = Utc(2026, 11, 28, 21, 0);
        var objecting = Business();
        objecting.PhoneOpposition = true;

        Assert.True(ContactRules.Check(Business(), Channel.Phone, saturdayNight).Allowed);
        Assert.True(ContactRules.Check(Business(), Channel.Email, saturdayNight).Allowed);
        Assert.False(ContactRules.Check(objecting, Channel.Phone, saturdayNight).Allowed);
    }

    [Fact]
    public void Email_B2CNeedsConsentOrCustomer_ObjectionAlwaysBlocks()
    {
        var now = Utc(2026, 11, 24, 10, 0);
        var objecting = Individual(emailConsent: true);
        objecting.EmailOpposition = true;

        Assert.False(ContactRules.Check(Individual(emailConsent: false), Channel.Email, now).Allowed);
        Assert.True(ContactRules.Check(Individual(emailConsent: true), Channel.Email, now).Allowed);
        Assert.True(ContactRules.Check(Individual(emailConsent: false, status: ProspectStatus.LoyalClient), Channel.Email, now).Allowed);
        Assert.False(ContactRules.Check(objecting, Channel.Email, now).Allowed);
    }

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    public void EasterSunday_KnownDates(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), FrenchPublicHolidays.EasterSunday(year));

    [Fact]
    public void PublicHolidays2026_HasTheElevenDays()
    {
        var days = FrenchPublicHolidays.For(2026);

        Assert.Equal(11, days.Count);
        Assert.Contains(new DateOnly(2026, 4, 6), days);   // lundi de Pâques
        Assert.Contains(new DateOnly(2026, 5, 14), days);  // Ascension
        Assert.Contains(new DateOnly(2026, 5, 25), days);  // lundi de Pentecôte
        Assert.Contains(new DateOnly(2026, 7, 14), days);
    }
}
