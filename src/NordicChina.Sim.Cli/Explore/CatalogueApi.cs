using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Cli.Explore;

/// <summary>The explorer's view of the catalogues the form edits against: the policy levers (range, description,
/// mechanism, source, whether they take regions) and a search over the parameter catalogue.</summary>
public static class CatalogueApi
{
    /// <summary>The most parameters one search returns (the total is reported too).</summary>
    public const int MaxResults = 40;

    /// <summary>The longest search text accepted.</summary>
    public const int MaxQuery = 200;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/levers", () => Results.Json(new
        {
            levers = PolicyLevers.All.Select(l => new
            {
                name = l.Name,
                owner = l.Owner,
                hostScoped = l.HostScoped,
                max = l.MaxIntensity,
                @default = ParameterCatalogue.Find($"policy.{l.Name}.default")?.Default ?? 0,
                description = l.Description,
                mechanism = l.Mechanism,
                source = l.Source,
            }),
            hosts = Regions.Hosts.Select(r => new { code = r.Code, name = r.Name }),
        }));

        app.MapGet("/api/parameters", (HttpRequest r) =>
        {
            string q = r.Query["q"].FirstOrDefault() ?? "";
            if (q.Length > MaxQuery) return Results.Json(new { errors = new[] { $"q: at most {MaxQuery} characters" } }, statusCode: 400);
            var found = Search(q);
            return Results.Json(new { total = found.Count, parameters = found.Take(MaxResults).Select(Describe) });
        });
    }

    /// <summary>Parameters whose name, unit, source or description contains every word of <paramref name="query"/>
    /// (any case); those whose name contains the whole query first, then catalogue order.</summary>
    public static IReadOnlyList<ParameterDefinition> Search(string query)
    {
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        string whole = query.Trim();
        return ParameterCatalogue.All
            .Where(p => words.All(w => p.Name.Contains(w, StringComparison.OrdinalIgnoreCase) || p.Unit.Contains(w, StringComparison.OrdinalIgnoreCase)
                                       || p.Source.Contains(w, StringComparison.OrdinalIgnoreCase) || p.Description.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(p => whole.Length > 0 && p.Name.Contains(whole, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ToArray();
    }

    /// <summary>A parameter as the page shows it.</summary>
    public static object Describe(ParameterDefinition p) => new
    {
        name = p.Name,
        unit = p.Unit,
        @default = p.Default,
        min = p.Min,
        max = p.Max,
        plausibleLow = p.PlausibleLow,
        plausibleHigh = p.PlausibleHigh,
        integer = p.IsInteger,
        source = p.Source,
        description = p.Description,
    };
}
