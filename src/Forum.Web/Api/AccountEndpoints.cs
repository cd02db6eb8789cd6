using Forum.Web.Hosting;
using Microsoft.AspNetCore.Identity.Data;

namespace Forum.Web.Api;

public static class AccountEndpoints
{
    /// <summary>
    /// POST /auth/register, answering alike for new and existing addresses (<see cref="AccountRegistration"/>). It is
    /// mapped beside the Identity API's own /register, which said "already taken", and is preferred by its order.
    /// </summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder auth) =>
        auth.MapPost("/register", async (RegisterRequest registration, AccountRegistration accounts) =>
            {
                var result = await accounts.RegisterAsync(registration.Email, registration.Password);
                return result.Succeeded
                    ? Results.Ok()
                    : Results.ValidationProblem(result.Errors.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
            })
            .WithOrder(-1);
}
