using PhoneNumbers;

namespace ClasseCRM.Web.Domain;

/// <summary>
/// Phone numbers read with libphonenumber (region FR by default): stored in E.164 (+33123456789) for comparison and
/// shown as the French write them (01 23 45 67 89); foreign numbers are shown in international format.
/// </summary>
public static class FrenchPhone
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>True when <paramref name="input"/> is a valid number; gives its E.164 and display forms.</summary>
    public static bool TryNormalize(string? input, out string e164, out string display)
    {
        e164 = "";
        display = "";
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }
        try
        {
            var number = Util.Parse(input, "FR");
            if (!Util.IsValidNumber(number))
            {
                return false;
            }
            e164 = Util.Format(number, PhoneNumberFormat.E164);
            display = number.CountryCode == 33
                ? Util.Format(number, PhoneNumberFormat.NATIONAL)
                : Util.Format(number, PhoneNumberFormat.INTERNATIONAL);
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>The E.164 form, or the digits when the number cannot be read (so duplicates still compare).</summary>
    public static string? Key(string? input) =>
        string.IsNullOrWhiteSpace(input) ? null : TryNormalize(input, out var e164, out _) ? e164 : TextFolding.Digits(input);
}
