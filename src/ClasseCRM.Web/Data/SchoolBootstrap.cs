using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Data;

/// <summary>
/// The établissement level at start (issue 20, item 5): a school's own installation is one établissement, made from the
/// « School » configuration the first time; in a school's installation, a database made before établissements existed has
/// its accounts, classes and messages attached to its only one.
/// </summary>
public static class SchoolBootstrap
{
    /// <summary>The installation's first établissement, created from <paramref name="options"/> when the database has none.</summary>
    public static async Task<School> EnsureFirstAsync(AppDbContext db, SchoolOptions options, DateTime now, CancellationToken ct)
    {
        if (await db.Schools.OrderBy(s => s.Id).FirstOrDefaultAsync(ct) is { } first)
        {
            return first;
        }
        var uai = Uai.Normalize(options.Uai);
        var school = new School
        {
            Name = string.IsNullOrWhiteSpace(options.Name) ? "Mon établissement" : Cut(options.Name.Trim(), 200),
            Uai = uai.Length > 0 && Uai.Problem(uai) is null ? uai : null,
            City = Cut(options.City?.Trim() ?? "", 100),
            CreatedAtUtc = now,
        };
        db.Schools.Add(school);
        await db.SaveChangesAsync(ct);
        return school;
    }

    private static string Cut(string text, int length) => text.Length > length ? text[..length] : text;

    /// <summary>
    /// A school's installation (never an académie's): its accounts, classes and mail messages that belong to no
    /// établissement are attached to its only one. Returns how many rows changed (none when there is not exactly one).
    /// </summary>
    public static async Task<int> AttachOrphansAsync(AppDbContext db, CancellationToken ct)
    {
        var schools = await db.Schools.Select(s => s.Id).Take(2).ToListAsync(ct);
        if (schools is not [var id])
        {
            return 0;
        }
        var changed = await Orphans(db).ExecuteUpdateAsync(s => s.SetProperty(u => u.SchoolId, id), ct);
        changed += await db.Classes.Where(c => c.SchoolId == null).ExecuteUpdateAsync(s => s.SetProperty(c => c.SchoolId, id), ct);
        changed += await db.OutboxMessages.Where(m => m.SchoolId == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.SchoolId, id), ct);
        return changed;
    }

    /// <summary>The accounts that belong to no établissement, the operator's aside.</summary>
    public static Task<int> CountOrphanAccountsAsync(AppDbContext db, CancellationToken ct) => Orphans(db).CountAsync(ct);

    private static IQueryable<AppUser> Orphans(AppDbContext db)
    {
        var operatorRole = db.Roles.Where(r => r.Name == Roles.Operator).Select(r => r.Id);
        return db.Users.Where(u => u.SchoolId == null && !db.UserRoles.Any(ur => ur.UserId == u.Id && operatorRole.Contains(ur.RoleId)));
    }
}
