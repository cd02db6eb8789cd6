using Forum.Domain.Common;
using Forum.Domain.Features.Questions;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Forum.Web.Pages.Questions;

/// <summary>
/// Edits a question. The form carries the version it started from; when someone else saved in between, it comes
/// back (409) with the message, the other person's text to compare, and the reader's own draft kept.
/// </summary>
[Authorize]
public sealed class EditModel(IMediator mediator) : ForumPageModel(mediator)
{
    [BindProperty]
    public EditInput Input { get; set; } = new();

    public QuestionDetail Question { get; private set; } = null!;

    /// <summary>Set when a save was refused because the question changed since the form was opened.</summary>
    public bool HasConflict { get; private set; }

    public sealed class EditInput
    {
        public string? Title { get; set; }
        public string? Body { get; set; }
        public string? Tags { get; set; }
        public Guid? Version { get; set; }
        /// <summary>Set by the "Post anyway" button after a respect warning.</summary>
        public bool ConfirmRude { get; set; }
    }

    public async Task OnGetAsync(int id)
    {
        await LoadAsync(id);
        Input = new EditInput { Title = Question.Title, Body = Question.BodyMarkdown, Tags = TagInput.Join(Question.Tags), Version = Question.Version };
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var (ok, edited) = await TrySendAsync(
            new EditQuestion(id, Input.Title ?? "", Input.Body ?? "", TagInput.Split(Input.Tags), Input.Version, WarnIfRude: !Input.ConfirmRude), nameof(Input));
        await LoadAsync(id);
        if (ok)
        {
            StatusMessage = edited!.FlaggedAsRude ? $"{Texts["Edit.Saved"]} {RespectNote}" : Texts["Edit.Saved"];
            return Redirect(Links.Question(Question.Id, Question.Slug));
        }
        if (ModelState.TryGetValue("", out var formErrors) && formErrors.Errors.Count > 0)
        {
            // Saving again now means "I have seen their version": the form moves to it.
            HasConflict = true;
            ModelState.Remove($"{nameof(Input)}.{nameof(EditInput.Version)}");
            Input.Version = Question.Version;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        return Page();
    }

    private async Task LoadAsync(int id)
    {
        var page = await Mediator.Send(new GetQuestionPage(id), HttpContext.RequestAborted);
        if (!page.Viewer.CanEdit(page.Question.Author))
            throw new ForbiddenException("You can only edit your own posts.");
        Question = page.Question;
    }
}
