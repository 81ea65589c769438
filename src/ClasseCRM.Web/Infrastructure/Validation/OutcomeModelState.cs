using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ClasseCRM.Web.Infrastructure.Validation;

/// <summary>Puts a refusal's messages on the form shown again, each beside its field.</summary>
public static class OutcomeModelState
{
    public static void AddErrors(this ModelStateDictionary modelState, Outcome outcome)
    {
        foreach (var error in outcome.Errors)
        {
            modelState.AddModelError(error.Field, error.Message);
        }
    }
}
