using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.Extensions.Localization;

namespace ClasseCRM.Web.Infrastructure.Validation;

/// <summary>
/// Gives a French message to every <see cref="RequiredAttribute"/> written without one, including the one MVC creates by
/// itself for each non-nullable value (a channel, a date, a box to tick) when it validates or writes the form's
/// <c>data-val-required</c> attribute: the UI speaks French there too. Every other attribute goes to MVC's own provider.
/// </summary>
public sealed class FrenchRequiredMessages(IValidationAttributeAdapterProvider inner) : IValidationAttributeAdapterProvider
{
    public const string Message = "Le champ «\u00A0{0}\u00A0» est obligatoire.";

    public IAttributeAdapter? GetAttributeAdapter(ValidationAttribute attribute, IStringLocalizer? stringLocalizer)
    {
        if (attribute is RequiredAttribute { ErrorMessage: null, ErrorMessageResourceName: null } required)
        {
            required.ErrorMessage = Message;
        }
        return inner.GetAttributeAdapter(attribute, stringLocalizer);
    }
}
