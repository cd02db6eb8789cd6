using System.ComponentModel.DataAnnotations;
using Forum.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Forum.Web.Areas.Identity.Pages.Account;

/// <summary>Sends the sign-up's confirmation link again; the answer is the same for every address.</summary>
[AllowAnonymous]
public sealed class ResendEmailConfirmationModel(AccountRegistration registration) : PageModel
{
    [BindProperty]
    public ResendInput Input { get; set; } = new();

    /// <summary>The address a link was asked for, once the form was sent.</summary>
    public string? SentTo { get; private set; }

    public sealed class ResendInput
    {
        [Required(ErrorMessage = "Validation.Account.SignUpEmail")]
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
        await registration.ResendConfirmationAsync(Input.Email);
        SentTo = Input.Email.Trim();
        return Page();
    }
}
