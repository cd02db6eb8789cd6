using System.ComponentModel.DataAnnotations;
using Forum.Infrastructure.Identity;
using Forum.Web.Hosting;
using Forum.Web.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Forum.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Asks for a password-reset link. A confirmed address gets one; the answer is the same for every address, so the page
/// tells nobody which addresses have accounts.
/// </summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<ForumUser> users, IdentityEmailSender emails, ForumLinks links) : PageModel
{
    [BindProperty]
    public ForgotPasswordInput Input { get; set; } = new();

    public sealed class ForgotPasswordInput
    {
        [Required(ErrorMessage = "Validation.Account.EmailOfAccount")]
        [EmailAddress(ErrorMessage = "Validation.Account.EmailFormat")]
        public string Email { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();
        if (await users.FindByEmailAsync(Input.Email.Trim()) is { } account && await users.IsEmailConfirmedAsync(account))
        {
            var code = AccountTokens.Encode(await users.GeneratePasswordResetTokenAsync(account));
            await emails.SendPasswordResetLinkAsync(account, account.Email!, links.Absolute(links.ResetPassword(code)));
        }
        return RedirectToPage("./ForgotPasswordConfirmation", new { email = Input.Email.Trim() });
    }
}
