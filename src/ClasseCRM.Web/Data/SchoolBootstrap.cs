using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Data;

/// <summary>
/// The établissement level at start (issue 20, item 5): a school's own installation is one établissement, made from the
/// « School » configuration the first time; a database made before établissements existed has its accounts, classes
/// and messages attached to its only one.
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
            Name = string.IsNullOrWhiteSpace(options.Name) ? "Mon établissement" : options.Name.Trim(),
            Uai = uai.Length > 0 && Uai.Problem(uai) is null ? uai : null,
            City = options.City?.Trim() ?? "",
            CreatedAtUtc = now,
        };
        db.Schools.Add(school);
        await db.SaveChangesAsync(ct);
        return school;
    }

    /// <summary>
    /// When the installation has exactly one établissement: its accounts (the académie operator's aside), classes and —
    /// in a school's installation — mail messages that belong to none are attached to it. Returns how many rows changed.
    /// </summary>
    public static async Task<int> AttachOrphansAsync(AppDbContext db, bool academie, CancellationToken ct)
    {
        var schools = await db.Schools.Select(s => s.Id).Take(2).ToListAsync(ct);
        if (schools is not [var id])
        {
            return 0;
        }
        var operatorRole = await db.Roles.Where(r => r.Name == Roles.Operator).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var changed = await db.Users
            .Where(u => u.SchoolId == null && !db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == operatorRole))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.SchoolId, id), ct);
        changed += await db.Classes.Where(c => c.SchoolId == null).ExecuteUpdateAsync(s => s.SetProperty(c => c.SchoolId, id), ct);
        // The operator's own test mails (no workspace) stay the operator's in an académie.
        changed += await db.OutboxMessages.Where(m => m.SchoolId == null && (!academie || m.WorkspaceId != null))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.SchoolId, id), ct);
        return changed;
    }
}
