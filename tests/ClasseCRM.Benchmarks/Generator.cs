using System.Diagnostics;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Data.Reference;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Scenarios;
using ClasseCRM.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.Benchmarks;

/// <summary>
/// Fills a database with a realistic school year (600 workspaces, 100 000 organisations, about 200 000 contacts) or with
/// one workspace holding 100 000 organisations, through the app's own prospect generator and entities.
/// </summary>
internal static class Generator
{
    public const string Password = "bench-classecrm";
    public const string Teacher = "prof.bench";

    /// <summary>Students per class, as in a vocational class (the class dashboard is measured on the first one).</summary>
    public const int ClassSize = 35;

    /// <summary>Classes per sales teacher (the first teacher is <see cref="Teacher"/>).</summary>
    public const int ClassesPerTeacher = 3;

    /// <summary>Returns the user name of the student whose workspace is measured, that workspace's id and its class.</summary>
    public static async Task<(string Student, int WorkspaceId, int ClassId)> FillAsync(IServiceProvider services, int workspaces, int organisations)
    {
        var watch = Stopwatch.StartNew();
        int scenarioId;
        string hash;
        string teacherId;
        int schoolId;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            hash = users.PasswordHasher.HashPassword(new AppUser(), Password);
            // The school's établissement, as the accounts and classes made in the app have (made at the app's first start).
            schoolId = await db.Schools.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            var teacher = new AppUser { UserName = Teacher, FirstName = "Prof", LastName = "Bench", PasswordHash = hash, SchoolId = schoolId };
            await users.CreateAsync(teacher);
            await users.AddToRoleAsync(teacher, Roles.Teacher);
            scenarioId = await db.Scenarios.Where(s => s.SourceKey == "bureau-ouest").Select(s => s.Id).FirstAsync();
            teacherId = teacher.Id;
        }

        var perWorkspace = organisations / workspaces;
        var firstWorkspace = 0;
        var firstClass = 0;
        var classId = 0;
        for (var w = 0; w < workspaces; w++)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if (w % ClassSize == 0 && w > 0 && (w / ClassSize) % ClassesPerTeacher == 0)
            {
                var colleague = new AppUser { UserName = $"{Teacher}{(w / ClassSize / ClassesPerTeacher) + 1}", FirstName = "Prof", LastName = "Bench", PasswordHash = hash, SchoolId = schoolId };
                await users.CreateAsync(colleague);
                await users.AddToRoleAsync(colleague, Roles.Teacher);
                teacherId = colleague.Id;
            }
            if (w % ClassSize == 0)
            {
                var schoolClass = new SchoolClass { Name = $"Banc d'essai {(w / ClassSize) + 1}", SchoolYear = "2026-2027", TeacherId = teacherId, SchoolId = schoolId };
                db.Classes.Add(schoolClass);
                await db.SaveChangesAsync();
                classId = schoolClass.Id;
                firstClass = firstClass == 0 ? classId : firstClass;
            }
            var generator = scope.ServiceProvider.GetRequiredService<ProspectFileGenerator>();
            var student = new AppUser { UserName = $"bench{w + 1}", FirstName = "Élève", LastName = $"Banc {w + 1}", PasswordHash = hash, SchoolId = schoolId };
            await users.CreateAsync(student);
            await users.AddToRoleAsync(student, Roles.Student);
            db.Enrollments.Add(new ClassEnrollment { ClassId = classId, StudentId = student.Id });
            var workspace = new Workspace { ClassId = classId, ScenarioId = scenarioId, Name = $"Espace {w + 1}", Members = [new WorkspaceMember { StudentId = student.Id }] };
            db.Workspaces.Add(workspace);
            await db.SaveChangesAsync();
            if (w == 0)
            {
                firstWorkspace = workspace.Id;
            }
            var scenario = await db.Scenarios.AsNoTracking().FirstAsync(s => s.Id == scenarioId);
            // The figures of docs/BENCHMARKS.md were measured on a file spread over the scenario's four départements: the
            // secteur around Rennes (issue 17) would put it all in one, and change what each filter row measures.
            scenario.HomeTownCode = "";
            var catalog = scope.ServiceProvider.GetRequiredService<SeedCatalog>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            // Generated in chunks so memory stays flat for the 100 000-organisation workspace.
            for (var done = 0; done < perWorkspace; done += 5000)
            {
                scenario.ProspectCount = Math.Min(5000, perWorkspace - done);
                var batch = generator.Generate(scenario, workspace.Id, seed: (w * 1000) + done);
                var elsewhere = new Random((w * 1000) + done);
                // Bogus draws towns and names from small lists: give each organisation its own name so the data looks like a real file.
                for (var i = 0; i < batch.Count; i++)
                {
                    var p = batch[i];
                    p.Name = $"{p.Name} {done + i + 1}";
                    MoveSomeElsewhere(p, elsewhere, catalog);
                    p.RefreshSearchFields();
                }
                db.Prospects.AddRange(batch);
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
            if (w % 100 == 99)
            {
                Console.WriteLine($"  {w + 1} espaces générés ({watch.Elapsed.TotalSeconds:F0} s)");
            }
        }
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await DatabaseMaintenance.OptimizeAsync(db, CancellationToken.None);
            var total = await db.Prospects.CountAsync();
            var contacts = await db.Contacts.CountAsync();
            Console.WriteLine($"  {total:N0} organisations, {contacts:N0} interlocuteurs, {workspaces} espace(s) en {watch.Elapsed.TotalSeconds:F0} s");
        }
        return ("bench1", firstWorkspace, firstClass);
    }

    /// <summary>Share of the fiches placed in a town anywhere in France (the scenario's file is in four départements).</summary>
    public const double ElsewhereShare = 0.03;

    /// <summary>Share of the fiches given a NAF code of any sector (the scenario's file has five codes in three sections).</summary>
    public const double OtherSectorShare = 0.02;

    /// <summary>
    /// A real file is not only its scenario's four départements and five trades: 3 % of the fiches move to a town drawn
    /// from the whole commune list and 2 % to a NAF code of any section, so that the filters have rare values (a few
    /// fiches: a département, a town, a sector) beside the common ones, as issue 15 measures.
    /// </summary>
    private static void MoveSomeElsewhere(Prospect p, Random random, SeedCatalog catalog)
    {
        if (random.NextDouble() < ElsewhereShare)
        {
            var commune = catalog.Communes[random.Next(catalog.Communes.Count)];
            p.PostalCode = commune.PostalCode;
            p.City = commune.Name;
            p.Department = commune.Department;
        }
        if (p.Kind == ProspectKind.Organisation && random.NextDouble() < OtherSectorShare)
        {
            var naf = catalog.Naf.Classes[random.Next(catalog.Naf.Classes.Count)];
            p.NafCode = naf.Code;
            p.NafSection = naf.Section;
        }
    }
}
