using System.Net;
using ClasseCRM.IntegrationTests.Features.Syntheses;
using ClasseCRM.IntegrationTests.Support;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Competencies;

/// <summary>
/// The competency tracker (livret view): per pupil and per competency, the levels reached over the year's assessments;
/// its CSV and XLSX, one row per pupil; binômes whose members write, hand in and are assessed individually.
/// </summary>
public sealed class CompetencyTrackerTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    /// <summary>Hands in a document for the student and assesses it with these levels (-1 = non évalué), in the grid's order.</summary>
    private async Task<int> AssessedAsync(HttpClient student, string title, string teacherName, params int[] levels)
    {
        var (_, id) = await SynthesisTests.PrepareAsync(student, title);
        await SynthesisTests.HandInAsync(student, id);
        var teacher = await app.AsAsync(teacherName);
        var fields = levels.Select((l, i) => (l, i)).ToDictionary(x => $"Levels[{x.i}]", x => x.l.ToString(System.Globalization.CultureInfo.InvariantCulture));
        fields["Mark"] = "12,5";
        (await teacher.PostFormAsync($"/syntheses/{id}/evaluation", fields, $"/syntheses/{id}")).AssertRedirectsTo($"/syntheses/{id}");
        return id;
    }

    [Fact]
    public async Task TwoAssessments_LevelsPerCompetencyInOrder_CsvAndXlsxOneRowPerPupil()
    {
        // The MCV grid's order: B2.1 suivi, B4.2 organiser, B4.3 écrit, B4.4 exactitude, B4.4 analyser.
        var student = await app.AsAsync("eleve5");
        await AssessedAsync(student, "Premier compte rendu", "prof.martin", -1, 1, 2, 3, 1);
        await AssessedAsync(student, "Second compte rendu", "prof.martin", 0, 2, 3, 2, 2);
        var teacher = await app.AsAsync("prof.martin");
        var classId = await app.ClassOfAsync("prof.martin");
        var (studentId, last, first) = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "eleve5").Select(u => ValueTuple.Create(u.Id, u.LastName, u.FirstName)).SingleAsync());

        var page = await teacher.GetDocumentAsync($"/classes/{classId}/competences");
        var headers = page.QuerySelectorAll("#suivi-competences thead th").Select(h => h.TextContent).ToList();
        var row = page.QuerySelector($"#suivi-competences tr[data-eleve='{studentId}']")!.Children.Select(c => c.TextContent.Trim()).ToList();
        string Cell(string code) => row[headers.IndexOf(code)];
        Assert.Equal("NA", Cell("B2.1"));        // non évalué the first time counts for nothing
        Assert.Equal("EC → A", Cell("B4.2"));
        Assert.Equal("A → M", Cell("B4.3"));
        Assert.Equal("EC → A", Cell("B4.4"));    // the lowest of its two criteria: min(3, 1), then min(2, 2)
        Assert.Equal("évalué", row[1]);
        Assert.Equal("12,5", row[2]);
        Assert.Equal(12, page.QuerySelectorAll("#suivi-competences tbody tr").Length);   // every pupil of the class, assessed or not

        var pupil = await teacher.GetDocumentAsync($"/classes/{classId}/competences/eleve/{studentId}");
        var b43 = pupil.QuerySelectorAll("#competences-eleve tbody tr").Single(r => r.Children[0].TextContent.StartsWith("B4.3", StringComparison.Ordinal));
        Assert.Equal(["acquis", "maîtrisé"], b43.QuerySelectorAll("li").Select(li => li.TextContent.Split(" — ")[0].Trim()));
        Assert.Contains("« Premier compte rendu »", b43.TextContent);

        var csv = System.Text.Encoding.UTF8.GetString(await teacher.GetByteArrayAsync($"/classes/{classId}/competences/csv")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Nom;Prénom;Espace;Document;État;Note /20;Évaluations;B2.1 ", csv[0]);
        Assert.Equal(13, csv.Length);   // header + one row per pupil
        var line = csv.Single(l => l.StartsWith($"{last};{first};", StringComparison.Ordinal)).Split(';');
        Assert.Equal(["Second compte rendu", "évalué", "12,5", "2", "non acquis", "en cours d'acquisition → acquis"], line[3..9]);

        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(await teacher.GetByteArrayAsync($"/classes/{classId}/competences/xlsx")), false);
        var cells = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Select(r => r.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(13, cells.Count);
        Assert.Contains(cells, r => r.Take(2).SequenceEqual([last, first]) && r.Contains("en cours d'acquisition → acquis"));
        var markCell = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Single(r => r.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).Take(2).SequenceEqual([last, first]))
            .Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ElementAt(5);
        Assert.Equal(12.5m, decimal.Parse(markCell.InnerText, System.Globalization.CultureInfo.InvariantCulture));   // a number the teacher can average
        Assert.Null(markCell.DataType);

        // Document, state and mark come from one document: a third one handed in and waiting has no mark yet, and a
        // draft started afterwards does not hide it.
        var (_, third) = await SynthesisTests.PrepareAsync(student, "Troisième compte rendu");
        await SynthesisTests.HandInAsync(student, third);
        await SynthesisTests.PrepareAsync(student, "Brouillon suivant");
        row = (await teacher.GetDocumentAsync($"/classes/{classId}/competences")).QuerySelector($"#suivi-competences tr[data-eleve='{studentId}']")!.Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(("rendu", "—"), (row[1], row[2]));
        Assert.Equal(["Troisième compte rendu", "rendu", ""], System.Text.Encoding.UTF8.GetString(await teacher.GetByteArrayAsync($"/classes/{classId}/competences/csv"))
            .Split("\r\n").Single(l => l.StartsWith($"{last};{first};", StringComparison.Ordinal)).Split(';')[3..6]);

        // Another teacher's class and a student: no way in.
        var other = await app.AsAsync("prof.durand");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/classes/{classId}/competences")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/classes/{classId}/competences/csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/classes/{classId}/competences/eleve/{studentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/classes/{await app.ClassOfAsync("prof.durand")}/competences/xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.GetAsync($"/classes/{classId}/competences")).StatusCode);
        var stranger = await app.WithDbAsync(db => db.Enrollments.Where(e => e.Class!.Teacher!.UserName == "prof.durand").Select(e => e.StudentId).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/classes/{classId}/competences/eleve/{stranger}")).StatusCode);
    }

    [Fact]
    public async Task Binome_EachMemberWritesAndHandsInTheirOwn_AssessedIndividually()
    {
        var pair = await app.WithDbAsync(db => db.Workspaces.Where(w => w.Class!.Name == "Tle MCV B" && w.Members.Count == 2)
            .Select(w => w.Members.OrderBy(m => m.Student!.UserName).Select(m => m.Student!.UserName!).ToList()).FirstAsync());
        var (a, b) = (await app.AsAsync(pair[0]), await app.AsAsync(pair[1]));
        var (_, mine) = await SynthesisTests.PrepareAsync(a, "Compte rendu du premier");

        // The partner reads it but neither writes nor hands it in.
        Assert.Contains("Compte rendu du premier", (await b.GetDocumentAsync("/syntheses")).QuerySelector("#liste-syntheses")!.TextContent);
        Assert.Null((await b.GetDocumentAsync($"/syntheses/{mine}")).QuerySelector("textarea[name=Strengths]"));
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostFormAsync($"/syntheses/{mine}", SynthesisTests.Analysis(), "/syntheses")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostFormAsync($"/syntheses/{mine}/rendre", [], "/syntheses")).StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Syntheses.Where(s => s.Id == mine).Select(s => s.Strengths).SingleAsync()));

        await SynthesisTests.HandInAsync(a, mine);
        var (_, theirs) = await SynthesisTests.PrepareAsync(b, "Compte rendu du second");
        await SynthesisTests.HandInAsync(b, theirs);
        var teacher = await app.AsAsync("prof.durand");
        (await teacher.PostFormAsync($"/syntheses/{mine}/evaluation", new() { ["Levels[0]"] = "3", ["Levels[1]"] = "3", ["Levels[2]"] = "3", ["Levels[3]"] = "3", ["Levels[4]"] = "3", ["Mark"] = "18" }, $"/syntheses/{mine}"))
            .AssertRedirectsTo($"/syntheses/{mine}");

        var authors = await app.WithDbAsync(db => db.Syntheses.Where(s => s.Id == mine || s.Id == theirs).Select(s => new { s.Id, s.Author!.UserName }).ToDictionaryAsync(s => s.Id, s => s.UserName));
        Assert.Equal(pair[0], authors[mine]);
        Assert.Equal(pair[1], authors[theirs]);
        var ids = await app.WithDbAsync(db => db.Users.Where(u => pair.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.Id));
        var tracker = await teacher.GetDocumentAsync($"/classes/{await app.ClassOfAsync("prof.durand")}/competences");
        var rowA = tracker.QuerySelector($"tr[data-eleve='{ids[pair[0]]}']")!.Children.Select(c => c.TextContent.Trim()).ToList();
        var rowB = tracker.QuerySelector($"tr[data-eleve='{ids[pair[1]]}']")!.Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(("évalué", "18"), (rowA[1], rowA[2]));
        Assert.Equal(("rendu", "—"), (rowB[1], rowB[2]));
        Assert.Contains("M", rowA.Skip(3));
        Assert.All(rowB.Skip(3), cell => Assert.Equal("—", cell));

        // The class dashboard gives each member of the binôme their own document's state.
        var names = await app.WithDbAsync(db => db.Users.Where(u => pair.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => $"dont {u.FirstName} {u.LastName}"));
        var dashboard = await teacher.GetDocumentAsync($"/classes/{await app.ClassOfAsync("prof.durand")}/tableau-de-bord");
        var memberLines = dashboard.QuerySelectorAll("#tableau-classe tr.binome-membre").ToList();
        Assert.Equal("évalué", memberLines.Single(l => l.Children[0].TextContent == names[pair[0]]).QuerySelector($"a[href='/syntheses/{mine}']")!.TextContent);
        Assert.Equal("rendu", memberLines.Single(l => l.Children[0].TextContent == names[pair[1]]).QuerySelector($"a[href='/syntheses/{theirs}']")!.TextContent);
    }
}
