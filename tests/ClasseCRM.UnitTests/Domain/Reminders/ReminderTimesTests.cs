using ClasseCRM.Web.Domain.Reminders;
using ClasseCRM.Web.Features.Reminders;

namespace ClasseCRM.UnitTests.Domain.Reminders;

public sealed class ReminderTimesTests
{
    [Theory]
    [InlineData("2026-03-28", "2026-03-28T08:00:00")]   // winter time, UTC+1
    [InlineData("2026-03-29", "2026-03-29T07:00:00")]   // the day clocks go forward: already UTC+2 at 09:00
    [InlineData("2026-10-25", "2026-10-25T08:00:00")]   // the day clocks go back: UTC+1 again at 09:00
    [InlineData("2027-02-01", "2027-02-01T08:00:00")]   // the day after a month end
    public void MorningOf_Is9InParis(string day, string utc)
    {
        Assert.Equal(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), ReminderTimes.MorningOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-03-28T10:00:00", "2026-03-29T05:30:00")]   // next morning is summer time: 07:30 = 05:30 UTC
    [InlineData("2026-03-29T05:29:00", "2026-03-29T05:30:00")]
    [InlineData("2026-03-29T05:30:00", "2026-03-30T05:30:00")]   // strictly after
    [InlineData("2026-10-24T12:00:00", "2026-10-25T06:30:00")]   // back to winter time: 07:30 = 06:30 UTC
    [InlineData("2026-12-31T23:00:00", "2027-01-01T06:30:00")]   // already 1 January in Paris
    public void NextDigest_Is0730InParis_AcrossDaylightSaving(string afterUtc, string expectedUtc)
    {
        var after = DateTime.SpecifyKind(DateTime.Parse(afterUtc, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

        Assert.Equal(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), ReminderTimes.NextDigestUtc(after));
    }

    [Fact]
    public void DigestText_LateFirst_ThenToday()
    {
        Reminder R(string title, string dueUtc) => new() { Title = title, DueAtUtc = DateTime.SpecifyKind(DateTime.Parse(dueUtc, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc) };

        var text = DailyDigestJob.DigestText("Léa Martin", new DateOnly(2026, 11, 27),
            [R("Relancer Imprimerie Durand", "2026-11-25T08:00:00"), R("Vérifier la livraison BC-2026-0002", "2026-11-27T08:00:00")]);

        Assert.Equal("Bonjour Léa Martin,\n\nEn retard (1) :\n- Relancer Imprimerie Durand (prévu le 25/11/2026)\n\n"
            + "Aujourd'hui (1) :\n- 09:00 Vérifier la livraison BC-2026-0002\n\nToutes vos relances : /relances", text);
    }
}
