using ClasseCRM.Web.Data;
using ClasseCRM.Web.Data.Reference;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Scenarios;

/// <summary>Scenarios: the shipped ones (read-only) and each teacher's own copies, which they edit.</summary>
public sealed class ScenarioService(AppDbContext db, AccessScope scope, CommuneDirectory communes, TimeProvider clock)
{
    public const int BlankProductRows = 3;
    public const int BlankObjectionRows = 2;

    public Task<List<ScenarioListItem>> ListAsync(CancellationToken ct) =>
        db.Scenarios.AsNoTracking()
            .Where(s => s.OwnerId == null || s.OwnerId == scope.UserId)
            .OrderBy(s => s.OwnerId == null).ThenBy(s => s.CompanyName)
            .Select(s => new ScenarioListItem(s.Id, s.CompanyName, s.Title, s.Sector, s.Market == Market.Business ? "B2B" : "B2C", s.OwnerId != null, s.Products.Count))
            .ToListAsync(ct);

    /// <summary>A scenario the user may read, with its catalogue and objection grid; null otherwise (404).</summary>
    public Task<Scenario?> FindAsync(int id, CancellationToken ct) =>
        db.Scenarios.AsNoTracking()
            .Include(s => s.Products.OrderBy(p => p.SortOrder))
            .Include(s => s.Objections.OrderBy(o => o.SortOrder))
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id, ct);

    /// <summary>Copies a scenario (catalogue and objection grid included) into one the teacher owns.</summary>
    public async Task<int?> CopyAsync(int id, CancellationToken ct)
    {
        var source = await FindAsync(id, ct);
        if (source is null || !(source.OwnerId is null || source.OwnerId == scope.UserId))
        {
            return null;
        }
        var copy = new Scenario
        {
            SourceKey = source.SourceKey,
            OwnerId = scope.UserId,
            CopiedFromId = source.Id,
            Title = Truncate(source.Title + " (copie)", 120),
            CompanyName = source.CompanyName,
            LegalForm = source.LegalForm,
            Siren = source.Siren,
            Siret = source.Siret,
            VatOnDebits = source.VatOnDebits,
            RcsCity = source.RcsCity,
            Street = source.Street,
            PostalCode = source.PostalCode,
            City = source.City,
            Phone = source.Phone,
            Email = source.Email,
            NafCode = source.NafCode,
            Sector = source.Sector,
            Market = source.Market,
            Offer = source.Offer,
            MaxDiscountRate = source.MaxDiscountRate,
            PaymentTerms = source.PaymentTerms,
            DeliveryLeadTimeDays = source.DeliveryLeadTimeDays,
            SalesPitch = source.SalesPitch,
            ProspectCount = source.ProspectCount,
            TargetNafCodes = source.TargetNafCodes,
            TargetDepartments = source.TargetDepartments,
            HomeTownCode = source.HomeTownCode,
            HomeTown = source.HomeTown,
            RadiusKm = source.RadiusKm,
            MaxKmPerDay = source.MaxKmPerDay,
            EnergyRenovation = source.EnergyRenovation,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            Products = source.Products.Select(p => new ScenarioProduct
            {
                Reference = p.Reference,
                Designation = p.Designation,
                Unit = p.Unit,
                PriceExclVat = p.PriceExclVat,
                PurchaseCostExclVat = p.PurchaseCostExclVat,
                VatRate = p.VatRate,
                MaxDiscountRate = p.MaxDiscountRate,
                IsService = p.IsService,
                SortOrder = p.SortOrder,
            }).ToList(),
            Objections = source.Objections.Select(o => new ScenarioObjection
            {
                Objection = o.Objection,
                Type = o.Type,
                Technique = o.Technique,
                Answer = o.Answer,
                SortOrder = o.SortOrder,
            }).ToList(),
        };
        db.Scenarios.Add(copy);
        await db.SaveChangesAsync(ct);
        // The role-play part (issue 19) goes with the copy when the source has one; otherwise both play with the defaults.
        if (await db.ScenarioRolePlays.AsNoTracking().FirstOrDefaultAsync(r => r.ScenarioId == source.Id, ct) is { } rolePlay)
        {
            rolePlay.ScenarioId = copy.Id;
            db.ScenarioRolePlays.Add(rolePlay);
            await db.SaveChangesAsync(ct);
        }
        return copy.Id;
    }

    /// <summary>The edit form of a copy the teacher owns; null for anything else (shipped or another teacher's: 404).</summary>
    public async Task<ScenarioEditViewModel?> EditFormAsync(int id, CancellationToken ct)
    {
        var s = await FindAsync(id, ct);
        if (s is null || s.OwnerId != scope.UserId)
        {
            return null;
        }
        var model = new ScenarioEditViewModel
        {
            Id = s.Id,
            Title = s.Title,
            CompanyName = s.CompanyName,
            LegalForm = s.LegalForm,
            Siren = s.Siren,
            Siret = s.Siret,
            VatOnDebits = s.VatOnDebits,
            RcsCity = s.RcsCity,
            Street = s.Street,
            PostalCode = s.PostalCode,
            City = s.City,
            Phone = s.Phone,
            Email = s.Email,
            Sector = s.Sector,
            Offer = s.Offer,
            MaxDiscountPercent = s.MaxDiscountRate * 100m,
            PaymentTerms = s.PaymentTerms,
            DeliveryLeadTimeDays = s.DeliveryLeadTimeDays,
            SalesPitch = s.SalesPitch,
            HomeTown = s.HomeTown,
            RadiusKm = s.RadiusKm,
            MaxKmPerDay = s.MaxKmPerDay,
            EnergyRenovation = s.EnergyRenovation,
            Products = s.Products.Select(p => new ProductRow
            {
                Id = p.Id,
                Reference = p.Reference,
                Designation = p.Designation,
                Unit = p.Unit,
                PriceExclVat = p.PriceExclVat,
                PurchaseCostExclVat = p.PurchaseCostExclVat,
                VatPercent = p.VatRate * 100m,
                MaxDiscountPercent = p.MaxDiscountRate * 100m,
                IsService = p.IsService,
            }).ToList(),
            Objections = s.Objections.Select(o => new ObjectionRow { Id = o.Id, Objection = o.Objection, Type = o.Type, Technique = o.Technique, Answer = o.Answer }).ToList(),
        };
        return AddBlankRows(model);
    }

    public static ScenarioEditViewModel AddBlankRows(ScenarioEditViewModel model)
    {
        model.Products.RemoveAll(p => p.Id is null && p.IsBlank);
        model.Objections.RemoveAll(o => o.Id is null && o.IsBlank);
        for (var i = 0; i < BlankProductRows; i++)
        {
            model.Products.Add(new ProductRow { Unit = "unité", VatPercent = 20m });
        }
        for (var i = 0; i < BlankObjectionRows; i++)
        {
            model.Objections.Add(new ObjectionRow());
        }
        return model;
    }

    /// <summary>Checks the business rules the annotations cannot: SIREN, VAT rates, margins, filled rows.</summary>
    public static void Validate(ScenarioEditViewModel model, ModelStateDictionary state)
    {
        if (!Identifiers.IsValidSiren(model.Siren?.Replace(" ", "", StringComparison.Ordinal)))
        {
            state.AddModelError(nameof(model.Siren), "Le SIREN doit compter 9 chiffres et passer la clé de contrôle (Luhn).");
        }
        var siret = model.Siret?.Replace(" ", "", StringComparison.Ordinal);
        if (!Identifiers.IsValidSiret(siret))
        {
            state.AddModelError(nameof(model.Siret), "Le SIRET doit compter 14 chiffres et passer la clé de contrôle (Luhn).");
        }
        else if (!siret!.StartsWith(model.Siren?.Replace(" ", "", StringComparison.Ordinal) ?? "", StringComparison.Ordinal))
        {
            state.AddModelError(nameof(model.Siret), "Le SIRET commence par le SIREN de l'entreprise (SIREN + 5 chiffres de l'établissement).");
        }
        for (var i = 0; i < model.Products.Count; i++)
        {
            var p = model.Products[i];
            if (p.Delete || p.IsBlank)
            {
                continue;
            }
            var prefix = $"{nameof(model.Products)}[{i}].";
            if (string.IsNullOrWhiteSpace(p.Designation))
            {
                state.AddModelError(prefix + nameof(p.Designation), $"Ligne {i + 1} du catalogue : la désignation est obligatoire.");
            }
            if (p.PriceExclVat is not { } price || price < 0)
            {
                state.AddModelError(prefix + nameof(p.PriceExclVat), $"Ligne {i + 1} du catalogue : le prix de vente HT est obligatoire et positif.");
            }
            if (p.PurchaseCostExclVat is not { } cost || cost < 0)
            {
                state.AddModelError(prefix + nameof(p.PurchaseCostExclVat), $"Ligne {i + 1} du catalogue : le coût d'achat HT est obligatoire et positif.");
            }
            else if (p.PriceExclVat is { } pv && cost > pv)
            {
                state.AddModelError(prefix + nameof(p.PurchaseCostExclVat), $"Ligne {i + 1} du catalogue : le coût d'achat dépasse le prix de vente (marge négative).");
            }
            if (p.VatPercent is not { } vat || !VatRates.IsValid(vat / 100m))
            {
                state.AddModelError(prefix + nameof(p.VatPercent), $"Ligne {i + 1} du catalogue : le taux de TVA doit être 20, 10, 5,5 ou 2,1 %.");
            }
            if (p.MaxDiscountPercent is { } d && (d < 0 || d > 100))
            {
                state.AddModelError(prefix + nameof(p.MaxDiscountPercent), $"Ligne {i + 1} du catalogue : la remise maximale est comprise entre 0 et 100 %.");
            }
        }
        for (var i = 0; i < model.Objections.Count; i++)
        {
            var o = model.Objections[i];
            if (!o.Delete && !o.IsBlank && string.IsNullOrWhiteSpace(o.Objection))
            {
                state.AddModelError($"{nameof(model.Objections)}[{i}].{nameof(o.Objection)}", $"Objection {i + 1} : écrivez ce que dit le prospect.");
            }
        }
    }

    /// <summary>The secteur's home town must be a commune of the list (seeds/communes.csv), named without ambiguity.</summary>
    public void ValidateSecteur(ScenarioEditViewModel model, ModelStateDictionary state)
    {
        if (communes.Resolve(model.HomeTown).Error is { } error)
        {
            state.AddModelError(nameof(model.HomeTown), error);
        }
    }

    /// <summary>Saves the teacher's copy in one transaction; false when it is not theirs.</summary>
    public async Task<bool> SaveAsync(ScenarioEditViewModel model, CancellationToken ct)
    {
        var s = await db.Scenarios.Include(x => x.Products).Include(x => x.Objections).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == model.Id && x.OwnerId == scope.UserId, ct);
        if (s is null)
        {
            return false;
        }
        s.Title = model.Title.Trim();
        s.CompanyName = model.CompanyName.Trim();
        s.LegalForm = model.LegalForm?.Trim() ?? "";
        s.Siren = model.Siren.Replace(" ", "", StringComparison.Ordinal);
        s.Siret = model.Siret.Replace(" ", "", StringComparison.Ordinal);
        s.VatOnDebits = model.VatOnDebits;
        s.RcsCity = model.RcsCity?.Trim() ?? "";
        s.Street = model.Street?.Trim() ?? "";
        s.PostalCode = model.PostalCode?.Trim() ?? "";
        s.City = model.City?.Trim() ?? "";
        s.Phone = model.Phone?.Trim() ?? "";
        s.Email = model.Email?.Trim() ?? "";
        s.Sector = model.Sector?.Trim() ?? "";
        s.Offer = model.Offer?.Trim() ?? "";
        s.MaxDiscountRate = model.MaxDiscountPercent / 100m;
        s.PaymentTerms = model.PaymentTerms?.Trim() ?? "";
        s.DeliveryLeadTimeDays = model.DeliveryLeadTimeDays;
        s.SalesPitch = model.SalesPitch?.Trim() ?? "";
        var home = communes.Resolve(model.HomeTown).Commune!;
        s.HomeTownCode = home.InseeCode;
        s.HomeTown = CommuneDirectory.Display(home);
        s.RadiusKm = model.RadiusKm;
        s.MaxKmPerDay = model.MaxKmPerDay;
        s.EnergyRenovation = model.EnergyRenovation;

        var order = 0;
        foreach (var row in model.Products)
        {
            var existing = row.Id is { } pid ? s.Products.FirstOrDefault(p => p.Id == pid) : null;
            if (row.Delete || row.IsBlank)
            {
                if (existing is not null)
                {
                    s.Products.Remove(existing);
                }
                continue;
            }
            existing ??= AddTo(s.Products, new ScenarioProduct());
            existing.Reference = row.Reference?.Trim() ?? "";
            existing.Designation = row.Designation!.Trim();
            existing.Unit = string.IsNullOrWhiteSpace(row.Unit) ? "unité" : row.Unit.Trim();
            existing.PriceExclVat = Math.Round(row.PriceExclVat!.Value, 2, MidpointRounding.AwayFromZero);
            existing.PurchaseCostExclVat = Math.Round(row.PurchaseCostExclVat!.Value, 2, MidpointRounding.AwayFromZero);
            existing.VatRate = row.VatPercent!.Value / 100m;
            existing.MaxDiscountRate = (row.MaxDiscountPercent ?? 0m) / 100m;
            existing.IsService = row.IsService;
            existing.SortOrder = order++;
        }
        order = 0;
        foreach (var row in model.Objections)
        {
            var existing = row.Id is { } oid ? s.Objections.FirstOrDefault(o => o.Id == oid) : null;
            if (row.Delete || row.IsBlank)
            {
                if (existing is not null)
                {
                    s.Objections.Remove(existing);
                }
                continue;
            }
            existing ??= AddTo(s.Objections, new ScenarioObjection());
            existing.Objection = row.Objection!.Trim();
            existing.Type = row.Type?.Trim() ?? "";
            existing.Technique = row.Technique?.Trim() ?? "";
            existing.Answer = row.Answer?.Trim() ?? "";
            existing.SortOrder = order++;
        }
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static T AddTo<T>(List<T> list, T item)
    {
        list.Add(item);
        return item;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
