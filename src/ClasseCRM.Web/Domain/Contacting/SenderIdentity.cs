namespace ClasseCRM.Web.Domain.Contacting;

/// <summary>
/// Every message names its sender and offers a free way to object (DOMAIN.md, rules on contacting people): the footer
/// of every e-mail, and the mention printed at the bottom of every letter.
/// </summary>
public static class SenderIdentity
{
    public static string EmailFooter(string senderName, string companyName) =>
        $"\n\n--\n{senderName}\n{companyName}\n" +
        "Vous pouvez vous opposer à tout moment à nos messages : répondez simplement « STOP » à ce message, gratuitement.";

    public static string LetterOptOut(Scenario company) =>
        $"Vous pouvez vous opposer gratuitement à recevoir nos courriers en écrivant à {company.CompanyName}, {company.Street}, " +
        $"{company.PostalCode} {company.City}" + (string.IsNullOrWhiteSpace(company.Email) ? "." : $" ou à {company.Email}.");

    /// <summary>The signature the merge field {signature} stands for.</summary>
    public static string Signature(string senderName, string companyName) => $"{senderName}\n{companyName}";
}
