using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Questions;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Forum.Web.Pages.Answers;

/// <summary>Edits an answer; a stale form comes back (409) with the current text, as on the question edit page.</summary>
[Authorize]
public sealed class EditModel(IMediator mediator) : ForumPageModel(mediator)
{
    [BindProperty]
    public EditInput Input { get; set; } = new();

    public QuestionDetail Question { get; private set; } = null!;
    public AnswerDetail Answer { get; private set; } = null!;
    public bool HasConflict { get; private set; }

    public sealed class EditInput
    {
        public string? Body { get; set; }
        public Guid? Version { get; set; }
        /// <summary>Set by the "Post anyway" button after a respect warning.</summary>
        public bool ConfirmRude { get; set; }
    }

    public async Task OnGetAsync(int id)
    {
        await LoadAsync(id);
        Input = new EditInput { Body = Answer.BodyMarkdown, Version = Answer.Version };
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var (ok, edited) = await TrySendAsync(new EditAnswer(id, Input.Body ?? "", Input.Version, WarnIfRude: !Input.ConfirmRude), nameof(Input));
        await LoadAsync(id);
        if (ok)
        {
            StatusMessage = edited!.FlaggedAsRude ? $"{Texts["Edit.Saved"]} {RespectNote}" : Texts["Edit.Saved"];
            return Redirect(Links.Answer(Question.Id, Question.Slug, id));
        }
        if (ModelState.TryGetValue("", out var formErrors) && formErrors.Errors.Count > 0)
        {
            HasConflict = true;
            ModelState.Remove($"{nameof(Input)}.{nameof(EditInput.Version)}");
            Input.Version = Answer.Version;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        return Page();
    }

    /// <summary>The answer is found through its question, which also says whether the reader may edit it.</summary>
    private async Task LoadAsync(int id)
    {
        var history = await Mediator.Send(new GetPostHistory(PostType.Answer, id), HttpContext.RequestAborted);
        var page = await Mediator.Send(new GetQuestionPage(history.QuestionId), HttpContext.RequestAborted);
        Answer = page.Answers.SingleOrDefault(a => a.Id == id) ?? throw new NotFoundException("The answer");
        if (!page.Viewer.CanEdit(Answer.Author))
            throw new ForbiddenException("You can only edit your own posts.");
        Question = page.Question;
    }
}
