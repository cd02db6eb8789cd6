using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Web.Tests.Harness;

/// <summary>
/// The in-memory test server has no network connection; this gives a request the client address named in its
/// <see cref="Header"/>, as the connection from that address would have, before the forum sees the request.
/// </summary>
public sealed class ClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Connection-Address";

    public static void AddTo(IWebHostBuilder builder) => builder.ConfigureServices(s => s.AddTransient<IStartupFilter, ClientAddress>());

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.Remove(Header, out var address))
                context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
            return nextMiddleware(context);
        });
        next(app);
    };
}
