using System.Security.Cryptography;
using Forum.Infrastructure.Identity;

namespace Forum.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Every sign-in account gets its forum profile (a <see cref="Member"/>) in the same save that creates it, whoever
/// creates it (registration, an external login, the seeder, an operator command), with a display name no other
/// member's looks like.
/// </summary>
public sealed class MembersForNewAccountsInterceptor(TimeProvider clock) : BeforeSaveInterceptor
{
    protected override async Task BeforeSaveAsync(ForumDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var entry in db.ChangeTracker.Entries<ForumUser>().Where(e => e.State == EntityState.Added).ToList())
        {
            var user = entry.Entity;
            var name = Text.CleanLine(user.DisplayName);
            if (name.Length > Member.DisplayNameMax)
                name = name[..Member.DisplayNameMax].TrimEnd();
            // An account that chose no name gets one that does not reveal its email; the member page says where to
            // change it. A name another member's looks like is not given twice: a default name is drawn again, a
            // chosen one (checked before, by whoever asked for it) gets a number.
            var chosen = name.Length == 0 || Member.IsDefaultName(name) ? null : name;
            if (chosen is null)
                name = name.Length == 0 ? NewDefaultName() : name;
            for (var n = 2; await DisplayNameRules.IsTakenAsync(db, name, null, cancellationToken); n++)
                name = chosen is null ? NewDefaultName() : DisplayNameRules.Numbered(chosen, n);
            user.DisplayName = name;
            entry.DetectChanges();
            var member = new Member(user.Id, name, now);
            // A new member reads the forum in the language they signed up in (the request's), until they choose another.
            member.SpeakIn(Languages.Find(System.Globalization.CultureInfo.CurrentUICulture.Name) ?? Languages.English);
            db.Members.Add(member);
        }
    }

    private static string NewDefaultName() => Member.DefaultName(RandomNumberGenerator.GetInt32(100_000, 1_000_000));
}
