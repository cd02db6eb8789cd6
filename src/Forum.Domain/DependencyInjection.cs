using Microsoft.Extensions.DependencyInjection;

namespace Forum.Domain;

public static class DependencyInjection
{
    /// <summary>
    /// Registers MediatR 5 by hand (its DI package is not available here): the mediator, every handler in this
    /// assembly, and the pipeline in order: logging, authorization, validation, retry on a concurrent change.
    /// </summary>
    public static IServiceCollection AddForumDomain(this IServiceCollection services)
    {
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(RetryOnConflictBehavior<,>));

        var assembly = typeof(DependencyInjection).Assembly;
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)))
                services.AddScoped(contract, type);
        }
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton);

        services.AddScoped<ReputationLedger>();
        services.AddScoped<WriteAllowance>();
        services.AddScoped<PostPermissions>();
        services.AddScoped<QuestionThreads>();
        services.AddScoped<PostScreening>();
        services.AddSingleton<RudeWords>();
        services.AddScoped<RespectScreening>();
        services.AddScoped<ModerationDesk>();
        services.AddScoped<Notifier>();
        services.AddScoped<ResponseExpectations>();
        services.AddScoped<QueuePermissions>();
        services.AddScoped<Badges>();
        services.AddScoped<PostImages>();
        services.AddScoped<AccountErasure>();
        return services;
    }
}
