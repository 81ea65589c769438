using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Syntheses;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Demo;

/// <summary>
/// The compte rendu d'opération (MCV option B): a deadline in ten days for the first class; eleve1 has handed in the
/// compte rendu of the phoning and prof.martin assessed it on the indicative grid (one criterion « non évalué »); eleve6
/// has handed in theirs (waiting for the assessment); eleve2 is writing one.
/// </summary>
public sealed class SynthesesStory(AppDbContext db, SynthesisService syntheses, Data.Reference.SeedCatalog seeds)
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);

    public async Task SeedAsync(SchoolClass schoolClass, DateTime now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(Infrastructure.Formatting.French.ToParis(now));
        var tracked = await db.Classes.FirstAsync(c => c.Id == schoolClass.Id, ct);
        tracked.SynthesisDueAtUtc = Infrastructure.Formatting.French.FromParis(today.AddDays(10).ToDateTime(new TimeOnly(18, 0)));
        await db.SaveChangesAsync(ct);
        foreach (var (student, handIn) in new[] { ("eleve1", true), ("eleve2", false), ("eleve6", true) })
        {
            var author = await db.Users.Where(u => u.UserName == student).Select(u => u.Id).FirstAsync(ct);
            var ws = await db.Workspaces.Where(w => w.Members.Any(m => m.Student!.UserName == student)).Select(w => w.Id).FirstAsync(ct);
            var phoning = await db.Operations.Where(o => o.WorkspaceId == ws && o.Channel == Domain.Contacting.Channel.Phone).Select(o => o.Id).FirstAsync(ct);
            if (student == "eleve1")
            {
                // eleve1 confirmed the time and call costs the app proposed (eleve2 has not: « coûts non saisis »).
                var calls = await db.CallLogs.CountAsync(c => c.OperationId == phoning, ct);
                foreach (var line in Domain.Figures.CostSuggestions.For(Domain.Contacting.Channel.Phone, calls, null, tracked.KilometreRate).Where(l => l.IsVariable))
                {
                    db.OperationCosts.Add(new OperationCost { WorkspaceId = ws, OperationId = phoning, Label = line.Label, IsVariable = true, Quantity = line.Quantity, UnitCost = line.UnitCost });
                }
                await db.SaveChangesAsync(ct);
            }
            var id = await syntheses.CreateAsync(ws, new SynthesisCreateViewModel
            {
                Title = "Compte rendu du phoning de qualification",
                From = today.AddDays(-14),
                To = today,
                OperationIds = [phoning],
            }, ct);
            await db.Syntheses.Where(x => x.Id == id).ExecuteUpdateAsync(x => x.SetProperty(p => p.AuthorId, author), ct);
            var synthesis = (await syntheses.FindAsync(id!.Value, ct))!;
            await syntheses.SaveTextAsync(synthesis, new SynthesisTextViewModel
            {
                Strengths = "Le script a permis de passer le barrage du standard dans la moitié des appels.",
                Weaknesses = "Trop d'appels sans réponse le lundi matin.",
                GapCauses = handIn ? "Objectif de RDV non atteint : fichier peu qualifié (un faux numéro) et horaires d'appel mal choisis." : null,
                Judgement = handIn ? "Opération utile pour qualifier le fichier, mais le taux de prise de RDV reste faible." : null,
                CorrectiveActions = handIn ? "Rappeler les décideurs absents mardi matin ; mettre à jour les numéros ; préparer deux créneaux de RDV par alternative." : null,
            }, ct);
            if (handIn)
            {
                await syntheses.HandInAsync(synthesis, ct);
            }
            if (student == "eleve1")
            {
                await AssessAsync(synthesis, now, ct);
            }
        }
    }

    /// <summary>prof.martin's assessment of eleve1's compte rendu, on the grid the class uses (the indicative one of MCV option B).</summary>
    private async Task AssessAsync(Domain.Syntheses.Synthesis synthesis, DateTime now, CancellationToken ct)
    {
        var rubric = Features.Rubrics.RubricService.Indicative(seeds.Referentiel(SchoolClass.DefaultReferentiel));
        var levels = rubric.Units.SelectMany(u => u.Criteria.Select(c => (Key: $"{u.Code} · {c}", u.Code)))
            .ToDictionary(x => x.Key, x => x.Code switch { "B4.2" => 2, "B4.3" => 2, "B4.4" => x.Key.Contains("Exactitude", StringComparison.Ordinal) ? 3 : 1, _ => Domain.Syntheses.Rubric.NotAssessed });
        db.SynthesisAssessments.Add(new Domain.Syntheses.SynthesisAssessment
        {
            WorkspaceId = synthesis.WorkspaceId,
            SynthesisId = synthesis.Id,
            LevelsJson = System.Text.Json.JsonSerializer.Serialize(levels, Json),
            RubricJson = Features.Rubrics.RubricService.ToJson(rubric),
            Mark = 13.5m,
            ResultsComment = "Chiffres exacts et justifiés par les formules.",
            AnalysisComment = "Les causes des écarts sont citées mais pas reliées aux chiffres.",
            OverallComment = "Compte rendu clair ; approfondissez l'analyse des écarts.",
            AssessorName = "Claire Martin",
            AssessedAtUtc = now.AddHours(-2),
        });
        await db.Syntheses.Where(x => x.Id == synthesis.Id).ExecuteUpdateAsync(x => x.SetProperty(p => p.Status, Domain.Syntheses.SynthesisStatus.Assessed), ct);
        await db.SaveChangesAsync(ct);
    }
}
