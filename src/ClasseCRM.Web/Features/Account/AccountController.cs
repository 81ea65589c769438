using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Account;

/// <summary>Sign in with an identifiant, sign out, change one's password (forced after a password issued by a teacher).</summary>
[Route("compte")]
public sealed class AccountController(
    SignInManager<AppUser> signInManager,
    UserManager<AppUser> userManager,
    SignInThrottle throttle,
    ILogger<AccountController> logger) : Controller
{
    [HttpGet("connexion")]
    [AllowAnonymous]
    public IActionResult SignIn(string? retour)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl(retour));
        }
        return View(new SignInViewModel { ReturnUrl = retour });
    }

    [HttpPost("connexion")]
    [AllowAnonymous]
    public async Task<IActionResult> SignIn(SignInViewModel model)
    {
        if (!ModelState.IsValid)
        {
            model.Password = "";
            return View(model);
        }
        var remoteAddress = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (await throttle.IsThrottledAsync(model.UserName, remoteAddress, HttpContext.RequestAborted))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError("", "Trop de tentatives de connexion. Patientez une minute avant de réessayer.");
            model.Password = "";
            return View(model);
        }

        var result = await signInManager.PasswordSignInAsync(model.UserName.Trim(), model.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Connexion réussie.");
            var user = await userManager.FindByNameAsync(model.UserName.Trim());
            if (user is { MustChangePassword: true })
            {
                return RedirectToAction(nameof(ChangePassword));
            }
            return LocalRedirect(SafeReturnUrl(model.ReturnUrl));
        }

        await throttle.RecordFailureAsync(model.UserName, remoteAddress, HttpContext.RequestAborted);
        model.Password = "";
        ModelState.AddModelError("", result.IsLockedOut
            ? "Ce compte est verrouillé pour 5 minutes après plusieurs essais infructueux. Réessayez plus tard ou demandez à votre enseignant."
            : "Identifiant ou mot de passe incorrect.");
        return View(model);
    }

    /// <summary>
    /// Signing out ends the session on the server: the account's security stamp changes, so a copy of the cookie (and
    /// every other session of this account, on any device) is refused at its next request by <see cref="SessionValidator"/>.
    /// </summary>
    [HttpPost("deconnexion")]
    public async Task<IActionResult> SignOutUser()
    {
        if (await userManager.GetUserAsync(User) is { } user)
        {
            await userManager.UpdateSecurityStampAsync(user);
        }
        await signInManager.SignOutAsync();
        // Nothing of this session (flash messages, drafts) is left for the next person on a shared computer.
        HttpContext.Session.Clear();
        TempData["Message"] = "Vous êtes déconnecté.";
        return Redirect("/compte/connexion");
    }

    [HttpGet("mot-de-passe")]
    [Authorize]
    public async Task<IActionResult> ChangePassword()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        return View(new ChangePasswordViewModel { IsRequired = user.MustChangePassword });
    }

    [HttpPost("mot-de-passe")]
    [Authorize]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel model)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        model.IsRequired = user.MustChangePassword;
        if (ModelState.IsValid && model.NewPassword == model.CurrentPassword)
        {
            ModelState.AddModelError(nameof(model.NewPassword), "Choisissez un mot de passe différent de l'actuel.");
        }
        if (!ModelState.IsValid)
        {
            return View(ClearPasswords(model));
        }

        var result = await userManager.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(model.CurrentPassword) : nameof(model.NewPassword);
                ModelState.AddModelError(field, error.Description);
            }
            return View(ClearPasswords(model));
        }

        user.MustChangePassword = false;
        await userManager.UpdateAsync(user);
        // The security stamp changed with the password: other sessions end; this one is signed in again.
        await signInManager.RefreshSignInAsync(user);
        TempData["Message"] = "Votre mot de passe a été modifié.";
        return Redirect("/");
    }

    private static ChangePasswordViewModel ClearPasswords(ChangePasswordViewModel model)
    {
        model.CurrentPassword = "";
        model.NewPassword = "";
        model.ConfirmPassword = "";
        return model;
    }

    /// <summary>Only local return URLs are followed (no open redirect).</summary>
    private string SafeReturnUrl(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) ? url : "/";
}
