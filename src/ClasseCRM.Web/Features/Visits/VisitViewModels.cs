using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Field;

namespace ClasseCRM.Web.Features.Visits;

/// <summary>How to plan the tournée: first day, visits a day, and the ordering method.</summary>
public sealed class TourPlanViewModel
{
    [Display(Name = "Premier jour de visites")]
    [Required(ErrorMessage = "Indiquez le premier jour de visites.")]
    public DateOnly? FirstDay { get; set; }

    [Display(Name = "Visites par jour")]
    [Range(1, 12, ErrorMessage = "Entre 1 et 12 visites par jour.")]
    public int VisitsPerDay { get; set; } = 5;

    [Display(Name = "Méthode")]
    public TourMethod Method { get; set; } = TourMethod.ByDistance;
}

/// <summary>The preparation sheet of a visit: objective, what is known, SONCAS hypotheses, arguments chosen.</summary>
public sealed class VisitPreparationViewModel
{
    [Display(Name = "Objectif de la visite")]
    [Required(ErrorMessage = "Fixez l'objectif de la visite (par exemple : obtenir une commande d'essai).")]
    [StringLength(1000, ErrorMessage = "1 000 caractères au plus.")]
    public string? Objective { get; set; }

    [Display(Name = "Ce que l'on sait du prospect")]
    [StringLength(2000, ErrorMessage = "2 000 caractères au plus.")]
    public string? Known { get; set; }

    [Display(Name = "Hypothèses SONCAS")]
    public List<Soncas> Soncas { get; set; } = [];

    [Display(Name = "Arguments retenus (CAP)")]
    [StringLength(2000, ErrorMessage = "2 000 caractères au plus.")]
    public string? Arguments { get; set; }
}

/// <summary>An objection heard during the visit: a line of the report (empty lines are ignored).</summary>
public sealed class VisitObjectionInput
{
    public ObjectionType Type { get; set; }

    [StringLength(500, ErrorMessage = "500 caractères au plus.")]
    public string? Text { get; set; }

    public AnswerTechnique Technique { get; set; }

    [StringLength(1000, ErrorMessage = "1 000 caractères au plus.")]
    public string? Answer { get; set; }
}

/// <summary>The compte rendu de visite.</summary>
public sealed class VisitReportViewModel
{
    public const int ObjectionLines = 3;

    [Display(Name = "Date de la visite")]
    [Required(ErrorMessage = "Indiquez la date de la visite.")]
    public DateOnly? VisitedOn { get; set; }

    [Display(Name = "Interlocuteur rencontré")]
    [Required(ErrorMessage = "Indiquez qui vous avez rencontré (nom et fonction).")]
    [StringLength(200, ErrorMessage = "200 caractères au plus.")]
    public string? Interlocutor { get; set; }

    [Display(Name = "Besoins découverts")]
    [StringLength(2000, ErrorMessage = "2 000 caractères au plus.")]
    public string? Needs { get; set; }

    [Display(Name = "Mobiles d'achat (SONCAS)")]
    public List<Soncas> Motives { get; set; } = [];

    public List<VisitObjectionInput> Objections { get; set; } = [];

    [Display(Name = "Résultat")]
    [Required(ErrorMessage = "Choisissez le résultat de la visite.")]
    public VisitResult? Result { get; set; }

    [Display(Name = "Montant HT (commande ou devis)")]
    [Range(0, 10_000_000, ErrorMessage = "Un montant entre 0 et 10 000 000 €.")]
    public decimal? Amount { get; set; }

    [Display(Name = "Écart à l'objectif de la visite")]
    [StringLength(1000, ErrorMessage = "1 000 caractères au plus.")]
    public string? Gap { get; set; }

    [Display(Name = "Cause de l'écart")]
    [StringLength(1000, ErrorMessage = "1 000 caractères au plus.")]
    public string? GapCause { get; set; }

    [Display(Name = "Points forts")]
    [StringLength(1000, ErrorMessage = "1 000 caractères au plus.")]
    public string? Strengths { get; set; }

    [Display(Name = "Points faibles")]
    [StringLength(1000, ErrorMessage = "1 000 caractères au plus.")]
    public string? Weaknesses { get; set; }

    [Display(Name = "Suites à donner")]
    [StringLength(2000, ErrorMessage = "2 000 caractères au plus.")]
    public string? NextSteps { get; set; }

    [Display(Name = "Date de la prochaine étape")]
    public DateOnly? NextStepOn { get; set; }

    [Display(Name = "Frais de la visite HT (€)")]
    [Range(0, 100_000, ErrorMessage = "Des frais entre 0 et 100 000 €.")]
    public decimal Expenses { get; set; }
}

/// <summary>A day of the tournée: its visits in order and the length of the round (company → visits → company).</summary>
public sealed record TourDay(DateOnly Day, List<Visit> Visits, double? RoundKm)
{
    /// <summary>The day's loop is longer than the most km a day the teacher set on the scenario (« km maximum par jour »).</summary>
    public bool IsOver(int maxKmPerDay) => RoundKm > maxKmPerDay;
}

public sealed record TourViewModel(
    Operation Operation,
    Scenario Company,
    List<TourDay> Days,
    List<Visit> Unplanned,
    int TargetsWithoutVisit,
    IReadOnlySet<int> UnknownPlaces,
    bool CanWrite);

public sealed record VisitPageViewModel(
    Operation Operation,
    Visit Visit,
    Prospect Prospect,
    Scenario Company,
    VisitPreparationViewModel Preparation,
    VisitReportViewModel Report,
    bool CanWrite)
{
    /// <summary>The visit's latest pair role play (issue 19, item 4), not cancelled: its conclusion and debrief go with the compte rendu.</summary>
    public Domain.RolePlay.PairSession? Played { get; init; }
}
