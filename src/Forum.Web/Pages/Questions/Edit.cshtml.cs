namespace Forum.Web.Pages.Questions;

/// <summary>Edits a question: its title, text and tags (see <see cref="EditPostPage{TInput}"/> for a stale form).</summary>
[Authorize]
public sealed class EditModel(IMediator mediator) : EditPostPage<EditModel.EditInput>(mediator)
{
    public sealed class EditInput : EditPostInput
    {
        public string? Title { get; set; }
        public string? Tags { get; set; }
    }

    public async Task OnGetAsync(int id)
    {
        await LoadAsync(id);
        Input = new EditInput { Title = Question.Title, Body = Question.BodyMarkdown, Tags = TagInput.Join(Question.Tags), Version = Question.Version };
    }

    protected override IRequest<EditResult> Edit(int id) =>
        new EditQuestion(id, Input.Title ?? "", Input.Body ?? "", TagInput.Split(Input.Tags), Input.Version, WarnIfRude: !Input.ConfirmRude);

    protected override Guid CurrentVersion => Question.Version;

    protected override string PostLink(int id) => Links.Question(Question.Id, Question.Slug);

    protected override async Task LoadAsync(int id)
    {
        var page = await Mediator.Send(new GetQuestionPage(id), HttpContext.RequestAborted);
        if (!page.Viewer.CanEdit(page.Question.Author))
            throw new ForbiddenException("You can only edit your own posts.", Phrase.Of("Problem.EditOwnPosts"));
        Question = page.Question;
    }
}
