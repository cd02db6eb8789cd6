namespace Forum.Web.Pages.Answers;

/// <summary>Edits an answer; a stale form comes back (409) with the current text, as on the question edit page.</summary>
[Authorize]
public sealed class EditModel(IMediator mediator) : EditPostPage<EditPostInput>(mediator)
{
    public AnswerDetail Answer { get; private set; } = null!;

    public async Task OnGetAsync(int id)
    {
        await LoadAsync(id);
        Input = new EditPostInput { Body = Answer.BodyMarkdown, Version = Answer.Version };
    }

    protected override IRequest<EditResult> Edit(int id) => new EditAnswer(id, Input.Body ?? "", Input.Version, WarnIfRude: !Input.ConfirmRude);

    protected override Guid CurrentVersion => Answer.Version;

    protected override string PostLink(int id) => Links.Answer(Question.Id, Question.Slug, id);

    /// <summary>The answer is found through its question, which also says whether the reader may edit it.</summary>
    protected override async Task LoadAsync(int id)
    {
        var history = await Mediator.Send(new GetPostHistory(PostType.Answer, id), HttpContext.RequestAborted);
        var page = await Mediator.Send(new GetQuestionPage(history.QuestionId), HttpContext.RequestAborted);
        Answer = page.Answers.SingleOrDefault(a => a.Id == id) ?? throw new NotFoundException("The answer");
        if (!page.Viewer.CanEdit(Answer.Author))
            throw new ForbiddenException("You can only edit your own posts.", Phrase.Of("Problem.EditOwnPosts"));
        Question = page.Question;
    }
}
