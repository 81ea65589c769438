using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Scenarios;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Csv;
using ClasseCRM.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Classes;

/// <summary>
/// A teacher's classes: create, enrol students (one by one or from a class list), reset passwords, archive, and hand a
/// scenario out (one workspace per student or pair, each with its own copy of the prospect file).
/// </summary>
public sealed class ClassService(
    AppDbContext db,
    AccessScope scope,
    UserManager<AppUser> users,
    ProspectFileGenerator generator,
    TimeProvider clock,
    ILogger<ClassService> logger)
{
    public const int MaxStudentsPerImport = 60;
    public const int MaxImportBytes = 512 * 1024;

    public async Task<ClassListViewModel> ListAsync(CancellationToken ct)
    {
        var classes = await db.Classes.AsNoTracking()
            .Where(c => c.TeacherId == scope.UserId)
            .OrderBy(c => c.Name)
            .Select(c => new { c.IsArchived, Item = new ClassListItem(c.Id, c.Name, c.SchoolYear, c.Enrollments.Count, c.Workspaces.Count) })
            .ToListAsync(ct);
        return new ClassListViewModel(
            classes.Where(c => !c.IsArchived).Select(c => c.Item).ToList(),
            classes.Where(c => c.IsArchived).Select(c => c.Item).ToList());
    }

    public async Task<int> CreateAsync(ClassCreateViewModel model, CancellationToken ct)
    {
        var schoolClass = new SchoolClass
        {
            Name = model.Name.Trim(),
            SchoolYear = model.SchoolYear.Trim(),
            Referentiel = model.Referentiel,
            TeacherId = scope.UserId!,
            SchoolId = scope.SchoolId,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Classes.Add(schoolClass);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Classe {ClassId} créée.", schoolClass.Id);
        return schoolClass.Id;
    }

    /// <summary>The class if the signed-in teacher teaches it; null otherwise (answered 404).</summary>
    public Task<SchoolClass?> FindTaughtAsync(int classId, CancellationToken ct) =>
        db.Classes.FirstOrDefaultAsync(c => c.Id == classId && c.TeacherId == scope.UserId, ct);

    public async Task<ClassDetailsViewModel?> DetailsAsync(int classId, CancellationToken ct)
    {
        var schoolClass = await db.Classes.AsNoTracking().FirstOrDefaultAsync(c => c.Id == classId && c.TeacherId == scope.UserId, ct);
        if (schoolClass is null)
        {
            return null;
        }
        // A class is a few dozen names: they are put in French order here (« Écrivain » under E, « Œuvre » as OE), not by
        // SQLite's byte order, which puts every accented capital after Z.
        var workspaces = (await db.Workspaces.AsNoTracking()
            .Where(w => w.ClassId == classId)
            .Select(w => new
            {
                w.Id,
                w.Name,
                Scenario = w.Scenario!.CompanyName,
                Members = w.Members.Select(m => m.StudentId).ToList(),
            })
            .ToListAsync(ct))
            .OrderBy(w => w.Name, FrenchNameComparer.Instance).ThenBy(w => w.Id).ToList();
        var students = (await db.Enrollments.AsNoTracking()
            .Where(e => e.ClassId == classId)
            .Select(e => new { e.StudentId, e.Student!.FirstName, e.Student.LastName, e.Student.UserName, e.Student.Email, e.Student.MustChangePassword })
            .ToListAsync(ct))
            .OrderBy(e => e.LastName, FrenchNameComparer.Instance).ThenBy(e => e.FirstName, FrenchNameComparer.Instance).ThenBy(e => e.StudentId, StringComparer.Ordinal)
            .ToList();
        var names = students.ToDictionary(s => s.StudentId, s => $"{s.FirstName} {s.LastName}");
        var workspaceIds = workspaces.Select(w => w.Id).ToList();
        var byStatus = await db.Prospects.AsNoTracking()
            .Where(p => workspaceIds.Contains(p.WorkspaceId))
            .GroupBy(p => new { p.WorkspaceId, p.Status })
            .Select(g => new { g.Key.WorkspaceId, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        var byPotential = await db.Prospects.AsNoTracking()
            .Where(p => workspaceIds.Contains(p.WorkspaceId))
            .GroupBy(p => new { p.WorkspaceId, p.Potential })
            .Select(g => new { g.Key.WorkspaceId, g.Key.Potential, Count = g.Count() })
            .ToListAsync(ct);
        return new ClassDetailsViewModel(
            schoolClass.Id,
            schoolClass.Name,
            schoolClass.SchoolYear,
            schoolClass.Referentiel,
            schoolClass.IsArchived,
            students.Select(s => new ClassStudentItem(
                s.StudentId, $"{s.LastName} {s.FirstName}", s.UserName ?? "", s.Email, s.MustChangePassword,
                workspaces.LastOrDefault(w => w.Members.Contains(s.StudentId))?.Id)).ToList(),
            workspaces.Select(w => new ClassWorkspaceItem(
                w.Id, w.Name, w.Scenario,
                string.Join(", ", w.Members.Select(m => names.GetValueOrDefault(m, "?"))),
                byStatus.Where(x => x.WorkspaceId == w.Id).Sum(x => x.Count),
                byStatus.Where(x => x.WorkspaceId == w.Id).ToDictionary(x => x.Status, x => x.Count),
                byPotential.Where(x => x.WorkspaceId == w.Id).ToDictionary(x => x.Potential, x => x.Count))).ToList());
    }

    public async Task<IssuedCredential> AddStudentAsync(SchoolClass schoolClass, string lastName, string firstName, string? email, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var credential = await CreateStudentAsync(schoolClass, lastName, firstName, email, [], ct);
        await transaction.CommitAsync(ct);
        return credential;
    }

    /// <summary>
    /// Reads a class list (nom;prénom;e-mail facultatif — UTF-8, UTF-16 or Windows-1252, ';', ',' or tab). Either every row is valid
    /// and every account is created, or nothing is created and each bad row is reported with its reason.
    /// </summary>
    public async Task<StudentImportResult> ImportStudentsAsync(SchoolClass schoolClass, byte[] content, CancellationToken ct)
    {
        var errors = new List<StudentImportError>();
        if (content.Length == 0)
        {
            return new StudentImportResult([], [new StudentImportError(0, "", "Le fichier est vide.")]);
        }
        if (content.Length > MaxImportBytes)
        {
            return new StudentImportResult([], [new StudentImportError(0, "", "Le fichier dépasse 512 Ko : est-ce bien une liste de classe ?")]);
        }
        List<CsvRecord> records;
        try
        {
            // The same reader as the prospect import: control characters left out, binary data refused.
            records = CsvReader.Read(content);
        }
        catch (Infrastructure.Spreadsheets.ImportRefusedException refused)
        {
            return new StudentImportResult([], [new StudentImportError(0, "", refused.Message)]);
        }
        if (records.Count > 0 && IsHeader(records[0]))
        {
            records.RemoveAt(0);
        }
        if (records.Count == 0)
        {
            return new StudentImportResult([], [new StudentImportError(0, "", "Le fichier ne contient aucun élève.")]);
        }
        if (records.Count > MaxStudentsPerImport)
        {
            return new StudentImportResult([], [new StudentImportError(0, "", $"Le fichier contient {records.Count} lignes : {MaxStudentsPerImport} élèves au plus par import.")]);
        }

        var existing = await db.Enrollments.AsNoTracking()
            .Where(e => e.ClassId == schoolClass.Id)
            .Select(e => new { e.Student!.LastName, e.Student.FirstName })
            .ToListAsync(ct);
        var seen = existing.Select(s => NameKey(s.LastName, s.FirstName)).ToHashSet();
        var emailCheck = new EmailAddressAttribute();
        var valid = new List<(string Last, string First, string? Email)>();
        foreach (var record in records)
        {
            var content_ = string.Join(" ; ", record.Fields); // typo-fix: keep
            var last = record[0];
            var first = record[1];
            var email = record[2];
            string? reason = null;
            if (record.Fields.Length > 3 && record.Fields.Skip(3).Any(f => f.Length > 0))
            {
                reason = "Trop de colonnes : attendu nom ; prénom ; e-mail (facultatif).";
            }
            else if (last.Length == 0)
            {
                reason = "Le nom est vide.";
            }
            else if (first.Length == 0)
            {
                reason = "Le prénom est vide.";
            }
            else if (last.Length > 100 || first.Length > 100)
            {
                reason = "Le nom ou le prénom dépasse 100 caractères.";
            }
            else if (email.Length > 0 && !emailCheck.IsValid(email))
            {
                reason = $"L'adresse e-mail « {email} » n'est pas valide.";
            }
            else if (!seen.Add(NameKey(last, first)))
            {
                reason = $"{first} {last} est déjà dans la classe ou en double dans le fichier.";
            }
            if (reason is null)
            {
                valid.Add((last, first, email.Length > 0 ? email : null));
            }
            else
            {
                errors.Add(new StudentImportError(record.Line, content_, reason));
            }
        }
        if (errors.Count > 0)
        {
            return new StudentImportResult([], errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var credentials = new List<IssuedCredential>();
        foreach (var (last, first, email) in valid)
        {
            credentials.Add(await CreateStudentAsync(schoolClass, last, first, email, taken, ct));
        }
        await transaction.CommitAsync(ct);
        logger.LogInformation("{Count} élèves importés dans la classe {ClassId}.", credentials.Count, schoolClass.Id);
        return new StudentImportResult(credentials, []);
    }

    /// <summary>
    /// Issues a new initial password; the student must choose their own at next sign-in, other sessions end, and the old
    /// calendar link stops working (a new one is made when the student opens their reminder settings).
    /// </summary>
    public async Task<IssuedCredential?> ResetPasswordAsync(SchoolClass schoolClass, string studentId, CancellationToken ct)
    {
        var enrolled = await db.Enrollments.AnyAsync(e => e.ClassId == schoolClass.Id && e.StudentId == studentId, ct);
        var student = enrolled ? await users.FindByIdAsync(studentId) : null;
        if (student is null)
        {
            return null;
        }
        var password = PasswordGenerator.Generate();
        var token = await users.GeneratePasswordResetTokenAsync(student);
        var result = await users.ResetPasswordAsync(student, token, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        student.MustChangePassword = true;
        student.CalendarToken = null;
        await users.UpdateAsync(student);
        await users.SetLockoutEndDateAsync(student, null);
        await users.ResetAccessFailedCountAsync(student);
        return new IssuedCredential($"{student.FirstName} {student.LastName}", student.UserName!, password, schoolClass.Name);
    }

    public async Task SetRatioVariantsAsync(SchoolClass schoolClass, RatioSettingsViewModel m, CancellationToken ct)
    {
        schoolClass.ReachabilityBase = m.Reachability;
        schoolClass.UsefulContactBase = m.UsefulContacts;
        schoolClass.PitchBase = m.Pitch;
        schoolClass.AppointmentBase = m.Appointments;
        schoolClass.PhoneConversionBase = m.Conversion;
        schoolClass.MailingReturnBase = m.MailingReturn;
        schoolClass.ContactDaysA = m.ContactDaysA;
        schoolClass.ContactDaysB = m.ContactDaysB;
        schoolClass.ContactDaysC = m.ContactDaysC;
        schoolClass.KilometreRate = Math.Round(m.KilometreRate, 3, MidpointRounding.AwayFromZero);
        schoolClass.SynthesisDueAtUtc = m.SynthesisDueAt is { } due ? Infrastructure.Formatting.French.FromParis(due) : null;
        await db.SaveChangesAsync(ct);
    }

    public async Task SetArchivedAsync(SchoolClass schoolClass, bool archived, CancellationToken ct)
    {
        schoolClass.IsArchived = archived;
        await db.SaveChangesAsync(ct);
    }

    public async Task<List<ScenarioChoice>> ScenarioChoicesAsync(CancellationToken ct) =>
        (await db.Scenarios.AsNoTracking()
            .Where(s => s.OwnerId == null || s.OwnerId == scope.UserId)
            .OrderBy(s => s.OwnerId == null).ThenBy(s => s.CompanyName)
            .Select(s => new { s.Id, s.CompanyName, s.Title, Own = s.OwnerId != null })
            .ToListAsync(ct))
        .Select(s => new ScenarioChoice(s.Id, $"{s.CompanyName} — {s.Title}{(s.Own ? " (ma copie)" : "")}"))
        .ToList();

    /// <summary>
    /// Hands a scenario out: every student of the class who has no workspace for it yet gets one (alone, or in pairs in
    /// alphabetical order, the last one alone when the count is odd), with a copy of the scenario's prospect file. The
    /// file depends only on the class and the scenario, so handing out again gives the same file.
    /// </summary>
    public async Task<int> HandOutAsync(SchoolClass schoolClass, int scenarioId, bool pairs, CancellationToken ct)
    {
        var scenario = await db.Scenarios.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == scenarioId && (s.OwnerId == null || s.OwnerId == schoolClass.TeacherId), ct);
        if (scenario is null)
        {
            throw new ValidationException("Ce scénario n'existe pas ou ne vous appartient pas.");
        }
        var alreadyServed = await db.WorkspaceMembers
            .Where(m => m.Workspace!.ClassId == schoolClass.Id && m.Workspace.ScenarioId == scenarioId)
            .Select(m => m.StudentId)
            .ToListAsync(ct);
        var students = await db.Enrollments
            .Where(e => e.ClassId == schoolClass.Id && !alreadyServed.Contains(e.StudentId))
            .OrderBy(e => e.Student!.LastName).ThenBy(e => e.Student!.FirstName)
            .Select(e => new { e.StudentId, e.Student!.FirstName, e.Student.LastName })
            .ToListAsync(ct);
        if (students.Count == 0)
        {
            return 0;
        }

        var groups = pairs ? students.Chunk(2).ToList() : students.Select(s => new[] { s }).ToList();
        var seed = ProspectFileGenerator.SeedFor(schoolClass.Id, scenarioId);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var group in groups)
        {
            var workspace = new Workspace
            {
                ClassId = schoolClass.Id,
                ScenarioId = scenarioId,
                Name = string.Join(" et ", group.Select(s => $"{s.FirstName} {s.LastName}")) + " — " + scenario.CompanyName,
                CreatedAtUtc = now,
                Members = group.Select(s => new WorkspaceMember { StudentId = s.StudentId }).ToList(),
            };
            db.Workspaces.Add(workspace);
            await db.SaveChangesAsync(ct);
            scope.AllowWritesToCreatedWorkspace(workspace.Id, schoolClass.Id);
            db.Prospects.AddRange(generator.Generate(scenario, workspace.Id, seed));
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        logger.LogInformation("Scénario {ScenarioId} distribué à la classe {ClassId} : {Count} espaces.", scenarioId, schoolClass.Id, groups.Count);
        return groups.Count;
    }

    private async Task<IssuedCredential> CreateStudentAsync(SchoolClass schoolClass, string lastName, string firstName, string? email, HashSet<string> taken, CancellationToken ct)
    {
        var userName = await UniqueUserNameAsync(firstName, lastName, taken, ct);
        var password = PasswordGenerator.Generate();
        var student = new AppUser
        {
            UserName = userName,
            FirstName = firstName.Trim(),
            LastName = lastName.Trim(),
            Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
            MustChangePassword = true,
            SchoolId = schoolClass.SchoolId,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(student, password);
        if (!created.Succeeded)
        {
            throw new ValidationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(student, Roles.Student);
        db.Enrollments.Add(new ClassEnrollment { ClassId = schoolClass.Id, StudentId = student.Id });
        await db.SaveChangesAsync(ct);
        return new IssuedCredential($"{student.FirstName} {student.LastName}", userName, password, schoolClass.Name);
    }

    /// <summary>prenom.nom in lower-case ASCII (« Anaïs Bœuf » → anais.boeuf: œ, æ, ß spelt out), with 2, 3… added when it is taken.</summary>
    private async Task<string> UniqueUserNameAsync(string firstName, string lastName, HashSet<string> taken, CancellationToken ct)
    {
        var root = $"{TextFolding.Slug(firstName)}.{TextFolding.Slug(lastName)}".Replace('-', '.').Trim('.');
        if (root.Length > 40)
        {
            root = root[..40].TrimEnd('.');
        }
        if (root.Length < 3)
        {
            root = "eleve" + root;
        }
        var normalizedRoot = root.ToUpperInvariant();
        var existing = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedUserName == normalizedRoot || u.NormalizedUserName!.StartsWith(normalizedRoot))
            .Select(u => u.UserName!)
            .ToListAsync(ct);
        var used = new HashSet<string>(existing, StringComparer.OrdinalIgnoreCase);
        used.UnionWith(taken);
        var candidate = root;
        for (var n = 2; used.Contains(candidate); n++)
        {
            candidate = root + n.ToString(CultureInfo.InvariantCulture);
        }
        taken.Add(candidate);
        return candidate;
    }

    private static bool IsHeader(CsvRecord record) =>
        Fold(record[0]) == "nom" && Fold(record[1]) == "prenom";

    private static string NameKey(string last, string first) => Fold(last) + "|" + Fold(first);

    private static string Fold(string text) => TextFolding.Fold(text);
}
