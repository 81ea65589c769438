using Bogus;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Classes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Demo;

/// <summary>
/// The demo school itself: the accounts (admin, prof.martin, prof.durand, eleve1…eleve24, all with the password
/// "demo-classecrm"), two classes on Bac Pro MCV option B (eleve1–12 in prof.martin's « 1re MCV B », eleve13–24 in
/// prof.durand's « Tle MCV B »), a third class of prof.durand still on the 2002 diploma, without pupils yet, and a scenario handed out to
/// each (alone in the first, in pairs in the second), which opens the workspaces with their prospect files.
/// </summary>
public sealed class SchoolStory(AppDbContext db, UserManager<AppUser> users, ClassService classes, Microsoft.Extensions.Options.IOptions<SchoolOptions> schoolOptions)
{
    /// <summary>A UAI that passes the check (0299990 mod 23 = 1: B) and names no real lycée.</summary>
    public const string DemoUai = "0299990B";

    /// <summary>Returns prof.martin and the first class, where the later stories happen.</summary>
    public async Task<(AppUser Teacher, SchoolClass FirstClass)> SeedAsync(Faker faker, DateTime now, CancellationToken ct)
    {
        // One hash for every demo account (same password): hashing 27 times would slow each start for nothing.
        var hash = users.PasswordHasher.HashPassword(new AppUser(), DemoOptions.Password);

        // The établissement (configuration « School »), with a UAI of the Finistère where the file's prospects are.
        var school = await SchoolBootstrap.EnsureFirstAsync(db, schoolOptions.Value, now.AddDays(-60), ct);
        if (school.Uai is null && !await db.Schools.AnyAsync(s => s.Uai == DemoUai, ct))
        {
            school.Uai = DemoUai;
            school.City = school.City.Length > 0 ? school.City : "Quimper";
        }

        await CreateAsync("admin", "Alex", "Admin", null, Roles.Admin);
        var martin = await CreateAsync("prof.martin", "Claire", "Martin", "claire.martin@lycee-demo.example", Roles.Teacher);
        var durand = await CreateAsync("prof.durand", "Julien", "Durand", "julien.durand@lycee-demo.example", Roles.Teacher);

        var year = now.Month >= 8 ? now.Year : now.Year - 1;
        var schoolYear = $"{year}-{year + 1}";
        var first = new SchoolClass { Name = "1re MCV B", SchoolYear = schoolYear, TeacherId = martin.Id, SchoolId = school.Id, CreatedAtUtc = now.AddDays(-60) };
        var second = new SchoolClass { Name = "Tle MCV B", SchoolYear = schoolYear, TeacherId = durand.Id, SchoolId = school.Id, CreatedAtUtc = now.AddDays(-60) };
        // A class still on the 2002 diploma, so that both référentiels show (its labels, its grid « U22 »).
        var former = new SchoolClass
        {
            Name = "Tle Vente (2002)", SchoolYear = schoolYear, TeacherId = durand.Id, SchoolId = school.Id, CreatedAtUtc = now.AddDays(-60), Referentiel = "vente-2002",
        };
        db.Classes.AddRange(first, second, former);
        await db.SaveChangesAsync(ct);

        for (var i = 1; i <= 24; i++)
        {
            var female = faker.Random.Bool();
            var student = await CreateAsync($"eleve{i}",
                FrenchNames.FirstName(faker.Name.FirstName(female ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male)),
                FrenchNames.LastName(faker.Name.LastName()), null, Roles.Student);
            db.Enrollments.Add(new ClassEnrollment { ClassId = i <= 12 ? first.Id : second.Id, StudentId = student.Id });
        }
        await db.SaveChangesAsync(ct);

        var scenarios = await db.Scenarios.Where(s => s.OwnerId == null).ToDictionaryAsync(s => s.SourceKey!, ct);
        await classes.HandOutAsync(first, scenarios["bureau-ouest"].Id, pairs: false, ct);
        await classes.HandOutAsync(second, scenarios["saveurs-terroir"].Id, pairs: true, ct);
        return (martin, first);

        async Task<AppUser> CreateAsync(string userName, string firstName, string lastName, string? email, string role)
        {
            var user = new AppUser
            {
                UserName = userName,
                FirstName = firstName,
                LastName = lastName,
                Email = email,
                PasswordHash = hash,
                SchoolId = school.Id,
                CreatedAtUtc = now.AddDays(-60),
            };
            var result = await users.CreateAsync(user);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }
            await users.AddToRoleAsync(user, role);
            return user;
        }
    }
}
