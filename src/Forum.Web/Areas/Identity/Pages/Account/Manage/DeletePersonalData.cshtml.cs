namespace Forum.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>The member deletes their account after giving their password again (<see cref="DeleteMyAccount"/>), and is signed out.</summary>
public sealed class DeletePersonalDataModel(IMediator mediator, UserManager<ForumUser> users, SignInManager<ForumUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Validation.Account.ConfirmWithPassword")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [TempData] public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        if (!ModelState.IsValid)
            return Page();
        if (!await users.CheckPasswordAsync(user, Password))
        {
            ModelState.AddModelError(nameof(Password), "That is not your password.");
            return Page();
        }
        await mediator.Send(new DeleteMyAccount());
        await signIn.SignOutAsync();
        StatusMessage = "Your account is deleted. Thank you for the help you gave here.";
        return Redirect("/");
    }
}
