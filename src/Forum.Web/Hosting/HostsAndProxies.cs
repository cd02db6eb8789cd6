using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;

namespace Forum.Web.Hosting;

/// <summary>
/// Which hosts a request may name and whose forwarded headers are believed. Requests must name one of
/// <c>AllowedHosts</c> (by default the public URL's host); <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are
/// applied only when the request comes from one of <c>Forum:Proxies:KnownProxies</c> (addresses) or
/// <c>Forum:Proxies:KnownNetworks</c> (CIDR ranges), both empty by default. <c>X-Forwarded-Host</c> is never applied:
/// the proxy passes the Host on.
/// </summary>
public static class HostsAndProxies
{
    public static IServiceCollection AddHostsAndProxies(this IServiceCollection services)
    {
        services.AddOptions<HostFilteringOptions>().Configure<IConfiguration, PublicLinks>((options, configuration, links) =>
        {
            if (string.IsNullOrWhiteSpace(configuration["AllowedHosts"]))
                options.AllowedHosts = [links.Host];
        });
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default; the forum trusts only what is configured.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in Entries(configuration, "Forum:Proxies:KnownProxies"))
                options.KnownProxies.Add(ParseAddress(proxy));
            foreach (var network in Entries(configuration, "Forum:Proxies:KnownNetworks"))
                options.KnownIPNetworks.Add(ParseNetwork(network));
        });
        return services;
    }

    /// <summary>Applies the forwarded headers of the known proxies; with none configured, no forwarded header is read at all.</summary>
    public static IApplicationBuilder UseForwardedHeadersOfKnownProxies(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        return options.KnownProxies.Count == 0 && options.KnownIPNetworks.Count == 0 ? app : app.UseForwardedHeaders();
    }

    /// <summary>A list in configuration: array entries, each of which may also hold several values separated by ';' or ','.</summary>
    private static IEnumerable<string> Entries(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = string.IsNullOrEmpty(section.Value) ? section.GetChildren().Select(c => c.Value ?? "") : [section.Value];
        return values.SelectMany(v => v.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static IPAddress ParseAddress(string value) => IPAddress.TryParse(value, out var address)
        ? address
        : throw new InvalidOperationException($"Forum:Proxies:KnownProxies: '{value}' is not an IP address.");

    private static System.Net.IPNetwork ParseNetwork(string value) => System.Net.IPNetwork.TryParse(value, out var network)
        ? network
        : throw new InvalidOperationException($"Forum:Proxies:KnownNetworks: '{value}' is not a network in CIDR notation (e.g. 10.0.0.0/8).");
}
