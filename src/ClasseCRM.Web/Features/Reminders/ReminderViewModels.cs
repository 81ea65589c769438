using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Domain.Reminders;

namespace ClasseCRM.Web.Features.Reminders;

/// <summary>A reminder made by hand, on a prospect, an operation or an order.</summary>
public sealed class ReminderCreateViewModel
{
    [Display(Name = "Relance")]
    [Required(ErrorMessage = "Écrivez ce qu'il faut faire.")]
    [StringLength(300, ErrorMessage = "300 caractères au plus.")]
    public string? Title { get; set; }

    [Display(Name = "Le")]
    [Required(ErrorMessage = "Indiquez la date et l'heure de la relance.")]
    public DateTime? DueAt { get; set; }

    /// <summary>Checked by the user when the form came back because the date is already past (« Oui, cette date est passée »).</summary>
    public bool PastConfirmed { get; set; }

    public int? ProspectId { get; set; }
    public int? OperationId { get; set; }
    public int? OrderId { get; set; }

    /// <summary>Where to go back after saving (a local path).</summary>
    public string? Back { get; set; }
}

public sealed class ReminderSnoozeViewModel
{
    /// <summary>"1j", "1s" or empty when a date is given.</summary>
    public string? By { get; set; }

    public DateTime? Until { get; set; }
}

public sealed record ReminderListViewModel(int WorkspaceId, bool CanWrite, List<Reminder> Open, List<Reminder> Closed, DateTime NowUtc, Dictionary<int, string> Prospects);

public sealed record ReminderWeekViewModel(int WorkspaceId, bool CanWrite, DateOnly Monday, List<(DateOnly Day, List<Reminder> Reminders)> Days, DateTime NowUtc);

public sealed record ReminderSettingsViewModel(bool ByMail, bool HasEmail, string FeedUrl);

/// <summary>A student's (or pair's) follow-ups as the teacher sees them on the class page.</summary>
public sealed record StudentFollowUps(int WorkspaceId, string Workspace, int Overdue, int Upcoming, DateTime? OldestOverdueUtc);
