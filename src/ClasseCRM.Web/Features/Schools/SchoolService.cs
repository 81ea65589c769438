using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Admin;
using ClasseCRM.Web.Features.Classes;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Schools;

/// <summary>
/// The établissements (issue 20, item 5): the académie operator lists them, creates one with its first administrator,
/// adds an administrator or issues one a new password; an administrator corrects their own établissement's name, UAI
/// and town. Another établissement does not exist for an administrator (the query filter of <see cref="School"/>).
/// </summary>
public sealed class SchoolService(AppDbContext db, UserManager<AppUser> users, AccessScope scope, InstallationMode mode, TimeProvider clock)
{
    /// <summary>Every établissement in French order, with its administrators and its counts (the operator's page).</summary>
    public async Task<List<SchoolListItem>> ListAsync(CancellationToken ct)
    {
        var roles = await db.Roles.Where(r => r.Name == Roles.Admin || r.Name == Roles.Teacher || r.Name == Roles.Student)
            .ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var people = await (
            from u in db.Users
            where u.SchoolId != null
            join ur in db.UserRoles on u.Id equals ur.UserId
            group u by new { u.SchoolId, ur.RoleId } into g
            select new { g.Key.SchoolId, g.Key.RoleId, Count = g.Count() }).ToListAsync(ct);
        var adminRole = roles.GetValueOrDefault(Roles.Admin);
        var admins = await (
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId
            where ur.RoleId == adminRole && u.SchoolId != null
            select new { u.SchoolId, u.Id, u.FirstName, u.LastName, u.UserName, u.LockoutEnd }).ToListAsync(ct);
        // Counts only: the operator reads no class, so the scope filter is lifted here on purpose.
        var classes = await db.Classes.IgnoreQueryFilters().Where(c => !c.IsArchived && c.SchoolId != null)
            .GroupBy(c => c.SchoolId).Select(g => new { SchoolId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.SchoolId!.Value, x => x.Count, ct);
        var mail = await db.OutboxMessages.IgnoreQueryFilters()
            .Where(m => m.SchoolId != null && (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Failed))
            .GroupBy(m => new { m.SchoolId, m.Status }).Select(g => new { g.Key.SchoolId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var schools = await db.Schools.AsNoTracking().ToListAsync(ct);
        var now = clock.GetUtcNow();

        int Mail(int school, OutboxStatus status) => mail.Where(m => m.SchoolId == school && m.Status == status).Sum(m => m.Count);
        int Count(int school, string role) => people.Where(p => p.SchoolId == school && p.RoleId == roles.GetValueOrDefault(role)).Sum(p => p.Count);
        return schools.OrderBy(s => s.Name, FrenchNameComparer.Instance).ThenBy(s => s.Id).Select(s => new SchoolListItem(
                s.Id, s.Name, s.Uai, s.City,
                admins.Where(a => a.SchoolId == s.Id).OrderBy(a => a.LastName, FrenchNameComparer.Instance)
                    .Select(a => new SchoolAdministrator(a.Id, $"{a.FirstName} {a.LastName}".Trim(), a.UserName!, a.LockoutEnd > now)).ToList(),
                Count(s.Id, Roles.Teacher), Count(s.Id, Roles.Student), classes.GetValueOrDefault(s.Id),
                Mail(s.Id, OutboxStatus.Pending), Mail(s.Id, OutboxStatus.Failed)))
            .ToList();
    }

    /// <summary>Creates the établissement and its first administrator in one transaction: both or neither.</summary>
    public async Task<(Outcome Outcome, IssuedCredential? Credential)> CreateAsync(SchoolCreateViewModel model, CancellationToken ct)
    {
        var check = await CheckAsync(model.School, null, uaiRequired: true, "School.", ct);
        if (!check.Succeeded)
        {
            return (check, null);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var school = new School { CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        Apply(school, model.School);
        db.Schools.Add(school);
        if (!await SavedAsync(ct))
        {
            return (UaiTaken(Uai.Normalize(model.School.Uai), "School."), null);
        }
        try
        {
            var credential = await StaffAccounts.CreateAsync(users, model.Admin, Roles.Admin, school.Id, clock.GetUtcNow().UtcDateTime, school.Name);
            await transaction.CommitAsync(ct);
            return (Outcome.Done, credential);
        }
        catch (ValidationException ex)
        {
            // The transaction is rolled back when disposed: no établissement without its administrator.
            db.Entry(school).State = EntityState.Detached;
            return (Outcome.Refused(ex.Message, "Admin.UserName"), null);
        }
    }

    /// <summary>The établissement, for the operator (null: none with this id).</summary>
    public Task<School?> FindAsync(int schoolId, CancellationToken ct) =>
        db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Id == schoolId, ct);

    /// <summary>Another administrator for an établissement (the operator's).</summary>
    public async Task<(Outcome Outcome, IssuedCredential? Credential)> AddAdministratorAsync(int schoolId, StaffAccountViewModel model, CancellationToken ct)
    {
        if (await FindAsync(schoolId, ct) is not { } school)
        {
            return (Outcome.NotFound, null);
        }
        try
        {
            return (Outcome.Done, await StaffAccounts.CreateAsync(users, model, Roles.Admin, school.Id, clock.GetUtcNow().UtcDateTime, school.Name));
        }
        catch (ValidationException ex)
        {
            return (Outcome.Refused(ex.Message, nameof(model.UserName)), null);
        }
    }

    /// <summary>A new initial password for an établissement's administrator (the operator's); null when the account is no administrator.</summary>
    public async Task<IssuedCredential?> ResetAdministratorAsync(string userId, CancellationToken ct)
    {
        var admin = await users.FindByIdAsync(userId);
        if (admin?.SchoolId is not { } schoolId || !await users.IsInRoleAsync(admin, Roles.Admin))
        {
            return null;
        }
        var school = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).FirstAsync(ct);
        return await StaffAccounts.ResetPasswordAsync(users, admin, school);
    }

    /// <summary>The administrator's own établissement as its form shows it (null: the account belongs to none).</summary>
    public Task<SchoolFormViewModel?> OwnFormAsync(CancellationToken ct) =>
        db.Schools.AsNoTracking().Where(s => s.Id == scope.SchoolId)
            .Select(s => new SchoolFormViewModel { Name = s.Name, Uai = s.Uai, City = s.City }).FirstOrDefaultAsync(ct);

    /// <summary>The administrator corrects their établissement's name, UAI (optional for them, unique) and town.</summary>
    public async Task<Outcome> UpdateOwnAsync(SchoolFormViewModel model, CancellationToken ct)
    {
        if (await db.Schools.FirstOrDefaultAsync(s => s.Id == scope.SchoolId, ct) is not { } school)
        {
            return Outcome.NotFound;
        }
        if (mode.IsAcademie)
        {
            // In an académie the UAI is the operator's identifier of the lycée: its administrator does not change it.
            model.Uai = school.Uai;
        }
        var check = await CheckAsync(model, school.Id, uaiRequired: false, "", ct);
        if (!check.Succeeded)
        {
            return check;
        }
        Apply(school, model);
        return await SavedAsync(ct) ? Outcome.Done : UaiTaken(Uai.Normalize(model.Uai), "");
    }

    private static void Apply(School school, SchoolFormViewModel model)
    {
        school.Name = model.Name.Trim();
        school.Uai = Uai.Normalize(model.Uai) is { Length: > 0 } uai ? uai : null;
        school.City = model.City?.Trim() ?? "";
    }

    /// <summary>The UAI: present when required, well formed, and no other établissement's.</summary>
    private async Task<Outcome> CheckAsync(SchoolFormViewModel model, int? exceptId, bool uaiRequired, string prefix, CancellationToken ct)
    {
        var uai = Uai.Normalize(model.Uai);
        if (uai.Length == 0)
        {
            return uaiRequired
                ? Outcome.Refused("Saisissez le code UAI de l'établissement : 7 chiffres et une lettre (par exemple 0750654D).", prefix + nameof(model.Uai))
                : Outcome.Done;
        }
        if (Uai.Problem(uai) is { } problem)
        {
            return Outcome.Refused(problem, prefix + nameof(model.Uai));
        }
        // Unique across the installation: the other établissements are invisible to an administrator, so the filter is lifted.
        var taken = await db.Schools.IgnoreQueryFilters().AnyAsync(s => s.Uai == uai && (exceptId == null || s.Id != exceptId), ct);
        return taken ? UaiTaken(uai, prefix) : Outcome.Done;
    }

    private static Outcome UaiTaken(string uai, string prefix) =>
        Outcome.Refused($"Le code UAI {uai} est déjà celui d'un autre établissement.", prefix + nameof(SchoolFormViewModel.Uai));

    /// <summary>
    /// Saves; false when the unique UAI was taken in the meantime (a second click, another operator): the check before
    /// could not see it, the index does. The change is let go, the form shown again with the message.
    /// </summary>
    private async Task<bool> SavedAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
