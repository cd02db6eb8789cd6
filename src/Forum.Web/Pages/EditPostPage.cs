namespace Forum.Web.Pages;

/// <summary>What every post's edit form carries: the text, the version it started from and the "Post anyway" choice.</summary>
public class EditPostInput
{
    public string? Body { get; set; }
    public Guid? Version { get; set; }
    /// <summary>Set by the "Post anyway" button after a respect warning.</summary>
    public bool ConfirmRude { get; set; }
}

/// <summary>
/// Edits a post (a question or an answer). The form carries the version it started from; when someone else saved in
/// between, it comes back (409) with the message, the other person's text to compare, and the reader's own draft kept.
/// </summary>
public abstract class EditPostPage<TInput>(IMediator mediator) : ForumPageModel(mediator) where TInput : EditPostInput, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    public QuestionDetail Question { get; protected set; } = null!;

    /// <summary>Set when a save was refused because the post changed since the form was opened.</summary>
    public bool HasConflict { get; private set; }

    /// <summary>Loads the post (and its question) as the reader may edit it, or refuses.</summary>
    protected abstract Task LoadAsync(int id);

    /// <summary>The loaded post's current version.</summary>
    protected abstract Guid CurrentVersion { get; }

    protected abstract IRequest<EditResult> Edit(int id);

    /// <summary>Where the saved post is shown.</summary>
    protected abstract string PostLink(int id);

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var (ok, edited) = await TrySendAsync(Edit(id), nameof(Input));
        await LoadAsync(id);
        if (ok)
        {
            StatusMessage = edited!.FlaggedAsRude ? $"{Texts["Edit.Saved"]} {RespectNote}" : Texts["Edit.Saved"];
            return Redirect(PostLink(id));
        }
        if (ModelState.TryGetValue("", out var formErrors) && formErrors.Errors.Count > 0)
        {
            // Saving again now means "I have seen their version": the form moves to it.
            HasConflict = true;
            ModelState.Remove($"{nameof(Input)}.{nameof(EditPostInput.Version)}");
            Input.Version = CurrentVersion;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        return Page();
    }
}
