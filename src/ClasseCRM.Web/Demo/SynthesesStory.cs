using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Syntheses;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Demo;

/// <summary>
/// The U22 synthesis: a deadline in ten days for the first class; eleve1 has handed in a synthesis of the phoning
/// (waiting for prof.martin's assessment), eleve2 is writing one.
/// </summary>
public sealed class SynthesesStory(AppDbContext db, SynthesisService syntheses)
{
    public async Task SeedAsync(SchoolClass schoolClass, DateTime now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(Infrastructure.Formatting.French.ToParis(now));
        var tracked = await db.Classes.FirstAsync(c => c.Id == schoolClass.Id, ct);
        tracked.SynthesisDueAtUtc = Infrastructure.Formatting.French.FromParis(today.AddDays(10).ToDateTime(new TimeOnly(18, 0)));
        await db.SaveChangesAsync(ct);
        foreach (var (student, handIn) in new[] { ("eleve1", true), ("eleve2", false) })
        {
            var ws = await db.Workspaces.Where(w => w.Members.Any(m => m.Student!.UserName == student)).Select(w => w.Id).FirstAsync(ct);
            var phoning = await db.Operations.Where(o => o.WorkspaceId == ws && o.Channel == Domain.Contacting.Channel.Phone).Select(o => o.Id).FirstAsync(ct);
            if (handIn)
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
                Title = "Synthèse du phoning de qualification",
                From = today.AddDays(-14),
                To = today,
                OperationIds = [phoning],
            }, ct);
            var synthesis = (await syntheses.FindAsync(id!.Value, ct))!;
            await syntheses.SaveTextAsync(synthesis, new SynthesisTextViewModel
            {
                Strengths = "Le script a permis de passer le barrage du standard dans la moitié des appels.",
                Weaknesses = "Trop d'appels sans réponse le lundi matin.",
                GapCauses = handIn ? "Objectif de RDV non atteint : fichier peu qualifié (un faux numéro) et horaires d'appel mal choisis." : null,
                Judgement = handIn ? "Opération utile pour qualifier le fichier, mais le taux de prise de RDV reste faible." : null,
                CorrectiveActions = handIn ? "Rappeler les décideurs absents mardi matin ; mettre à jour les numéros ; préparer deux créneaux de RDV par alternative." : null,
            }, ct);
            if (handIn)
            {
                await syntheses.HandInAsync(synthesis, ct);
            }
        }
    }
}
