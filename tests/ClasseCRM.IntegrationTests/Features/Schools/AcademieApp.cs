using AngleSharp.Dom;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Schools;

/// <summary>
/// The demo school in an académie's installation (Academie:OperatorUserName set): the operator account is created at
/// start. <see cref="SecondSchoolAsync"/> creates, once per app and through the operator's form, a second établissement
/// with its administrator, a teacher and a class with one student working on a scenario — the other side of every line the tests try to cross.
/// </summary>
public sealed class AcademieApp : TestApp
{
    public const string OperatorPassword = "operateur-initial-2026";
    public const string NewPassword = "nouveau-mot-de-passe-2026";

    /// <summary>A UAI that passes the check (351234 mod 23 = 1: B), of no real lycée.</summary>
    public const string RivesUai = "0351234B";

    public AcademieApp()
    {
        With("Academie:OperatorUserName", "operateur");
        With("Academie:OperatorPassword", OperatorPassword);
    }

    private readonly SemaphoreSlim _lock = new(1, 1);
    private HttpClient? _operator;
    private SecondSchool? _second;

    /// <summary>The operator, signed in once: first with the configured password, then the one they chose.</summary>
    public async Task<HttpClient> OperatorAsync()
    {
        await _lock.WaitAsync();
        try
        {
            return _operator ??= await FirstSignInAsync("operateur", OperatorPassword);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Signs in with an issued password and chooses <see cref="NewPassword"/>, as the holder must at first sign-in.</summary>
    public async Task<HttpClient> FirstSignInAsync(string userName, string issuedPassword)
    {
        var client = CreateBrowserlessClient();
        (await client.PostFormAsync("/compte/connexion", new() { ["UserName"] = userName, ["Password"] = issuedPassword }))
            .AssertRedirectsTo("/compte/mot-de-passe");
        (await client.PostFormAsync("/compte/mot-de-passe", new() { ["CurrentPassword"] = issuedPassword, ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword }))
            .AssertRedirectsTo("/");
        return client;
    }

    public async Task<SecondSchool> SecondSchoolAsync()
    {
        var operatorClient = await OperatorAsync();
        await _lock.WaitAsync();
        try
        {
            return _second ??= await CreateSecondSchoolAsync(operatorClient);
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<SecondSchool> CreateSecondSchoolAsync(HttpClient operatorClient)
    {
        var created = await (await operatorClient.PostFormAsync("/academie", new()
        {
            ["School.Name"] = "Lycée professionnel des Deux Rives", ["School.Uai"] = RivesUai.ToLowerInvariant(), ["School.City"] = "Redon",
            ["Admin.UserName"] = "admin.rives", ["Admin.LastName"] = "Rivière", ["Admin.FirstName"] = "Inès",
        })).ReadDocumentAsync();
        var admin = await FirstSignInAsync("admin.rives", Password(created));

        var teacherPage = await (await admin.PostFormAsync("/admin/enseignants", new() { ["UserName"] = "prof.rives", ["LastName"] = "Rives", ["FirstName"] = "Paul" })).ReadDocumentAsync();
        var teacher = await FirstSignInAsync("prof.rives", Password(teacherPage));
        var classCreated = await teacher.PostFormAsync("/classes/nouvelle", new() { ["Name"] = "1re MCV A", ["SchoolYear"] = "2026-2027", ["Referentiel"] = "mcv-b" });
        var classId = int.Parse(classCreated.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var slip = await (await teacher.PostFormAsync($"/classes/{classId}/eleves/ajouter", new() { ["LastName"] = "Garnier", ["FirstName"] = "Léa" })).ReadDocumentAsync();
        var (studentName, studentPassword) = (slip.QuerySelector("td code")!.TextContent, Password(slip));
        var scenario = await WithDbAsync(db => db.Scenarios.Where(s => s.SourceKey == "bureau-ouest").Select(s => s.Id).SingleAsync());
        (await teacher.PostFormAsync($"/classes/{classId}/distribuer", new() { ["ScenarioId"] = scenario.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            .AssertRedirectsTo($"/classes/{classId}");
        var student = await FirstSignInAsync(studentName, studentPassword);
        var schoolId = await WithDbAsync(db => db.Schools.Where(s => s.Uai == RivesUai).Select(s => s.Id).SingleAsync());
        return new SecondSchool(schoolId, admin, teacher, classId, student, studentName);
    }

    public static string Password(IDocument credentials) =>
        credentials.QuerySelector("code.password")?.TextContent ?? throw new InvalidOperationException("Pas de mot de passe provisoire affiché.");
}

/// <summary>
/// The second établissement of <see cref="AcademieApp"/>: its administrator, teacher and student signed in, the teacher's
/// class, handed the scenario « bureau-ouest » (the student has a workspace).
/// </summary>
public sealed record SecondSchool(int Id, HttpClient Admin, HttpClient Teacher, int ClassId, HttpClient Student, string StudentName);
