namespace Forum.Domain.Features.Faq;

/// <summary>What the FAQ translation use cases share: who may translate, the languages, look-ups and staleness.</summary>
public static class FaqTranslationRules
{
    public const int TitleMax = 200;

    /// <summary>A language an article can be translated into: one of the forum's, other than English (the source).</summary>
    public static IRuleBuilderOptions<T, string> TranslationLanguage<T>(this IRuleBuilder<T, string> rule, IForumTexts texts) =>
        rule.Must(l => l != Languages.English && Languages.IsSupported(l))
            .Says(texts, "Validation.Faq.TranslationLanguage", string.Join(", ", Languages.All.Where(l => l != Languages.English)));

    public static IRuleBuilderOptions<T, string> ValidTranslationTitle<T>(this IRuleBuilder<T, string> rule, IForumTexts texts) =>
        rule.Must(t => Text.CleanLine(t).Length is >= PostRules.TitleMin and <= TitleMax)
            .Says(texts, "Validation.Post.Title", PostRules.TitleMin, TitleMax);

    /// <summary>Staff, members with the Localizer role, and members with the reputation for it translate.</summary>
    public static bool MayTranslate(ICurrentUser user, int reputation, ReputationRules rules) =>
        Roles.IsStaff(user) || user.IsInRole(Roles.Localizer) || reputation >= rules.TranslateFaqPrivilege;

    public static void EnsureMayTranslate(ICurrentUser user, Member member, ReputationRules rules)
    {
        if (!MayTranslate(user, member.Reputation, rules))
            throw new ForbiddenException($"You need {rules.TranslateFaqPrivilege} reputation (or the localizer role) to translate FAQ articles.", Phrase.Of("Problem.TranslatePrivilege", rules.TranslateFaqPrivilege));
    }

    /// <summary>A proposed translation with its translation, article and the translation's approved revision.</summary>
    public static async Task<FaqTranslationRevision> FindPendingTranslationAsync(this IForumDb db, long revisionId, CancellationToken ct)
    {
        var revision = await db.FaqTranslationRevisions.Include(r => r.Translation).ThenInclude(t => t!.Article)
            .SingleOrDefaultAsync(r => r.Id == revisionId, ct)
            ?? throw new NotFoundException("The translation");
        if (revision.Status != FaqRevisionStatus.Proposed)
            throw new ConflictException($"This translation was already {revision.Status.ToString().ToLowerInvariant()}.", said: Phrase.Of($"Problem.TranslationAlready{revision.Status}"));
        await db.LoadCurrentTranslationAsync(revision.Translation!, ct);
        return revision;
    }

    /// <summary>Loads the translation's approved revision into <see cref="FaqTranslation.CurrentRevision"/>.</summary>
    public static async Task LoadCurrentTranslationAsync(this IForumDb db, FaqTranslation translation, CancellationToken ct)
    {
        if (translation.IsPublished)
            await db.FaqTranslationRevisions.Where(r => r.TranslationId == translation.Id && r.Number == translation.CurrentRevisionNumber).LoadAsync(ct);
    }

    /// <summary>
    /// Refuses a translation started from another text than the approved one (another translation was approved
    /// meanwhile), handing back the approved text so that nothing is lost.
    /// </summary>
    public static void EnsureCurrent(FaqTranslation translation, long? baseRevisionId)
    {
        var current = translation.CurrentRevision;
        if (baseRevisionId == current?.Id)
            return;
        throw new ConflictException(
            "The translation was changed after this one was started. Compare with the newer text below and translate again from it.",
            said: Phrase.Of("Problem.TranslationChangedMeanwhile"),
            details: new Dictionary<string, object?>
            {
                ["currentRevisionId"] = current?.Id,
                ["currentTitle"] = current?.Title,
                ["currentBody"] = current?.BodyMarkdown,
            });
    }

    /// <summary>Whether a significant English revision newer than <paramref name="sourceRevisionId"/> has been approved.</summary>
    public static async Task<bool> IsOutdatedByAsync(this IForumDb db, int articleId, long sourceRevisionId, CancellationToken ct)
    {
        var sourceNumber = await db.FaqRevisions.Where(r => r.Id == sourceRevisionId).Select(r => r.Number).SingleAsync(ct);
        return await db.FaqRevisions.AnyAsync(r => r.ArticleId == articleId && r.Status == FaqRevisionStatus.Approved && r.IsSignificant && r.Number > sourceNumber, ct);
    }
}
