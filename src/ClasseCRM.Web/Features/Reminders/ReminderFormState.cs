namespace ClasseCRM.Web.Features.Reminders;

/// <summary>
/// What a reminder form keeps between the POST and the page it comes back to (Post/Redirect/Get through TempData): the
/// typed title and date (a DateTime: TempData reads any date-like string back as one), and whether the date was past and needs the user's confirmation.
/// </summary>
public static class ReminderFormState
{
    public const string TitleKey = "ReminderTitle";
    public const string DueKey = "ReminderDueAt";
    public const string PastKey = "ReminderPast";
}
