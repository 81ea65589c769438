using Bogus;
using ClasseCRM.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Demo;

/// <summary>
/// The demo school of DESIGN.md, the same every time (Bogus, fr, fixed seed): admin, prof.martin, prof.durand and
/// eleve1…eleve24 in two classes, all with the password "demo-classecrm"; a scenario handed out to each class; a few
/// weeks of activity (prospects already contacted, operations under way, practice mail in the class mailbox, orders,
/// syntheses). Each story is in its own file; they run in this order, which fixes every id and every draw of the random
/// generator (the integration tests' DemoIds rely on both). Every call, RDV, visit and reminder falls on a working day in
/// working hours, Paris time (<see cref="DemoCalendar"/>), whatever the moment of seeding.
/// </summary>
public sealed class DemoSchoolSeeder(
    SchoolStory school,
    ProspectActivityStory activity,
    PhoningStory phoning,
    EmailingAndToursStory emailingAndTours,
    OrdersAndLoyaltyStory ordersAndLoyalty,
    SynthesesStory syntheses,
    OperationPlanStory plans,
    RolePlayStory rolePlay,
    PairRolePlayStory pairRolePlay,
    PairVisitStory pairVisit,
    AppDbContext db,
    TimeProvider clock)
{
    public const int Seed = 20262027;

    public async Task SeedAsync(CancellationToken ct)
    {
        var faker = new Faker("fr") { Random = new Randomizer(Seed) };
        var now = clock.GetUtcNow().UtcDateTime;

        var (teacher, firstClass) = await school.SeedAsync(faker, now, ct);
        await activity.SeedAsync(faker, now, ct);
        await phoning.SeedAsync(faker, now, ct);
        await rolePlay.SeedAsync(now, ct);
        await pairRolePlay.SeedAsync(now, ct);
        await emailingAndTours.SeedAsync(teacher, now, ct);
        await pairVisit.SeedAsync(now, ct);
        await ordersAndLoyalty.SeedAsync(now, ct);
        // The plan before the documents: eleve1's compte rendu, handed in, carries its justifications and annexes.
        await plans.SeedAsync(now, ct);
        await syntheses.SeedAsync(firstClass, now, ct);
        await KeepRemindersToWorkingMorningsAsync(new DemoCalendar(now), ct);
        // The stories sent their mail as the system (no signed-in user to say the établissement): it is the demo lycée's.
        await db.OutboxMessages.Where(m => m.SchoolId == null && m.WorkspaceId != null)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.SchoolId, firstClass.SchoolId), ct);
    }

    /// <summary>
    /// The rules date their reminders from the story's days (delivery + 7 days, invoice + 30 days…): one that falls on a
    /// weekend, a public holiday or outside working hours moves to a working morning on the same side of the moment of
    /// seeding, so a late reminder stays late and an upcoming one upcoming.
    /// </summary>
    private async Task KeepRemindersToWorkingMorningsAsync(DemoCalendar calendar, CancellationToken ct)
    {
        foreach (var reminder in await db.Reminders.ToListAsync(ct))
        {
            reminder.DueAtUtc = calendar.WorkingMorningNear(reminder.DueAtUtc);
        }
        await db.SaveChangesAsync(ct);
    }
}
