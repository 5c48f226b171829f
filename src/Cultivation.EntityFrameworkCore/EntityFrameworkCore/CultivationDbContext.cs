using System.Linq.Expressions;
using Cultivation.AuditLogging;
using Cultivation.Auditing;
using Cultivation.Contests;
using Cultivation.Data;
using Cultivation.Districts;
using Cultivation.Entities;
using Cultivation.Enterprises;
using Cultivation.Events;
using Cultivation.FollowUps;
using Cultivation.Jobs;
using Cultivation.Notifications;
using Cultivation.Exceptions;
using Cultivation.Identity;
using Cultivation.Imports;
using Cultivation.IndustryFields;
using Cultivation.Policies;
using Cultivation.Linq;
using Cultivation.Matchmaking;
using Cultivation.Profiles;
using Cultivation.Users;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.EntityFrameworkCore;

/// <summary>
/// The one, provider-neutral context. Each provider keeps its migrations in its own project. Every
/// entity that is soft-deletable or district-scoped gets one combined query filter (EF Core 9 allows
/// one per entity) that reads the current user's district and the data-filter switches of this context.
/// </summary>
public class CultivationDbContext : IdentityDbContext<AppUser, AppRole, Guid>
{
    private readonly ICurrentUser? _currentUser;
    private readonly IDataFilter? _dataFilter;
    private readonly ICultivationDbProvider? _provider;
    private readonly DomainEventPublisher? _events;

    public CultivationDbContext(
        DbContextOptions<CultivationDbContext> options,
        ICurrentUser? currentUser = null,
        IDataFilter? dataFilter = null,
        ICultivationDbProvider? provider = null,
        DomainEventPublisher? events = null)
        : base(options)
    {
        _currentUser = currentUser;
        _dataFilter = dataFilter;
        _provider = provider;
        _events = events;
    }

    public DbSet<District> Districts => Set<District>();
    public DbSet<IndustryField> IndustryFields => Set<IndustryField>();
    public DbSet<ContestEdition> ContestEditions => Set<ContestEdition>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<AwardRecord> AwardRecords => Set<AwardRecord>();
    public DbSet<EnterpriseFigures> EnterpriseFigures => Set<EnterpriseFigures>();
    public DbSet<EnterpriseContact> EnterpriseContacts => Set<EnterpriseContact>();
    public DbSet<Investor> Investors => Set<Investor>();
    public DbSet<Introduction> Introductions => Set<Introduction>();
    public DbSet<ProjectProfile> ProjectProfiles => Set<ProjectProfile>();
    public DbSet<ProfileIndexChange> ProfileIndexChanges => Set<ProfileIndexChange>();
    public DbSet<SavedSearch> SavedSearches => Set<SavedSearch>();
    public DbSet<SearchSynonymList> SearchSynonymLists => Set<SearchSynonymList>();
    public DbSet<PermissionGrant> PermissionGrants => Set<PermissionGrant>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<SecurityLog> SecurityLogs => Set<SecurityLog>();
    public DbSet<AuditLog> AuditLogs => Set<AuditLog>();
    public DbSet<EntityChange> EntityChanges => Set<EntityChange>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<ImportRow> ImportRows => Set<ImportRow>();
    public DbSet<ImportedChange> ImportedChanges => Set<ImportedChange>();
    public DbSet<FollowUpPlan> FollowUpPlans => Set<FollowUpPlan>();
    public DbSet<ServiceRecord> ServiceRecords => Set<ServiceRecord>();
    public DbSet<EnterpriseRequest> EnterpriseRequests => Set<EnterpriseRequest>();
    public DbSet<Reminder> Reminders => Set<Reminder>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<PolicyProgramme> PolicyProgrammes => Set<PolicyProgramme>();
    public DbSet<PolicyRuleSet> PolicyRuleSets => Set<PolicyRuleSet>();
    public DbSet<PolicyAssessment> PolicyAssessments => Set<PolicyAssessment>();
    public DbSet<PolicyBatch> PolicyBatches => Set<PolicyBatch>();
    public DbSet<PolicyPipelineTemplate> PolicyPipelineTemplates => Set<PolicyPipelineTemplate>();
    public DbSet<PolicyApplication> PolicyApplications => Set<PolicyApplication>();
    public DbSet<PolicyApplicationTransition> PolicyApplicationTransitions => Set<PolicyApplicationTransition>();
    public DbSet<PolicyDocument> PolicyDocuments => Set<PolicyDocument>();

    // Read by the query filters, once per query execution (EF parameterises members of the context).
    /// <summary>
    /// Turns one of the combined query filter's parts off for the queries run until the result is disposed (as ABP's
    /// IDataFilter does): <see cref="ISoftDelete"/> to see deleted rows, <see cref="IDistrictScoped"/> to see across districts.
    /// </summary>
    public IDisposable DisableFilter<TFilter>() where TFilter : class => _dataFilter?.Disable<TFilter>() ?? NoFilterToRestore.Instance;

    private sealed class NoFilterToRestore : IDisposable
    {
        public static readonly NoFilterToRestore Instance = new();

        public void Dispose()
        {
        }
    }

    protected bool IsSoftDeleteFilterEnabled => _dataFilter?.IsEnabled<ISoftDelete>() ?? true;
    protected bool IsDistrictFilterEnabled => (_dataFilter?.IsEnabled<IDistrictScoped>() ?? true) && _currentUser?.DistrictId is not null;
    protected Guid? CurrentDistrictId => _currentUser?.DistrictId;

    /// <summary>
    /// Saves in one transaction; a stale stamp or a taken unique key becomes a domain exception (HTTP 409). When
    /// aggregates raised domain events, the save runs in rounds: write, hand the events to their handlers, write what
    /// they changed, until no event is left, then commit (see <see cref="DomainEventPublisher"/>).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (_events is not { HasHandlers: true } || _events.Pending(TrackedRaisers()).Count == 0)
        {
            return await SaveOnceAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        if (Database.CurrentTransaction is not null)
        {
            return await SaveInRoundsAsync(_events, cancellationToken);
        }
        var strategy = Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async token =>
        {
            await using var transaction = await Database.BeginTransactionAsync(token);
            var written = await SaveInRoundsAsync(_events, token);
            await transaction.CommitAsync(token);
            return written;
        }, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (_events is { HasHandlers: true } && _events.Pending(TrackedRaisers()).Count > 0)
        {
            throw new InvalidOperationException("Aggregates with domain events are saved with SaveChangesAsync.");
        }
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>
    /// The tracked aggregates, without a scan for changes (an import tracks tens of thousands of entities, and the save
    /// scans anyway): aggregates are tracked when added or loaded, never found through another entity's navigation.
    /// </summary>
    private List<IHasDomainEvents> TrackedRaisers()
    {
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return ChangeTracker.Entries<IHasDomainEvents>().Select(e => e.Entity).ToList();
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private async Task<int> SaveInRoundsAsync(DomainEventPublisher events, CancellationToken cancellationToken)
    {
        var written = 0;
        for (var round = 0; ; round++)
        {
            var raisers = events.Pending(TrackedRaisers());
            if (round == DomainEventPublisher.MaxRounds && raisers.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Domain event handlers still raise events after {round} rounds: {string.Join(", ", raisers.SelectMany(r => r.DomainEvents).Select(e => e.GetType().Name).Distinct())}.");
            }
            try
            {
                written += await SaveOnceAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            }
            catch (Exception e) when (round > 0 && e is DbUpdateException or System.Data.Common.DbException or TimeoutException)
            {
                // The first round's rows are accepted in memory: a retry of the whole save would lose them.
                throw new InvalidOperationException("Saving what the domain event handlers changed failed; the transaction is rolled back.", e);
            }
            if (raisers.Count == 0)
            {
                return written;
            }
            await events.PublishAsync(raisers, cancellationToken);
        }
    }

    private async Task<int> SaveOnceAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new ConcurrencyConflictException(e.Message, e);
        }
        catch (DbUpdateException e) when (_provider?.IsUniqueViolation(e) == true)
        {
            throw new DuplicateKeyException(e.Message, e);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CultivationDbContext).Assembly);
        // Ids are made in code (UUIDv7). Telling EF so lets it insert a child that an aggregate method
        // added to a loaded collection, instead of mistaking it for an existing row to update.
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => IsEntityWithGuidKey(t.ClrType)))
        {
            builder.Entity(entityType.ClrType).Property(nameof(Entity<Guid>.Id)).ValueGeneratedNever();
        }
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => t.BaseType is null && !t.IsOwned()))
        {
            var filter = GetType().GetMethod(nameof(CreateFilterExpression), System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!
                .MakeGenericMethod(entityType.ClrType)
                .Invoke(this, null);
            if (filter is not null)
            {
                builder.Entity(entityType.ClrType).HasQueryFilter((LambdaExpression)filter);
            }
        }
    }

    private static bool IsEntityWithGuidKey(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Entity<>))
            {
                return t.GetGenericArguments()[0] == typeof(Guid);
            }
        }
        return false;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<decimal>().HavePrecision(EnterpriseFiguresConsts.AmountPrecision, EnterpriseFiguresConsts.AmountScale);
        // Instants are stored in UTC; read them back as UTC so they serialise with their "Z".
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private Expression<Func<TEntity, bool>>? CreateFilterExpression<TEntity>()
        where TEntity : class
    {
        Expression<Func<TEntity, bool>>? expression = null;
        if (typeof(ISoftDelete).IsAssignableFrom(typeof(TEntity)))
        {
            // The switches are inlined (EF.Constant) rather than sent as parameters: "(@off OR IsDeleted = 0)" keeps
            // SQLite from using an index, "IsDeleted = 0" does not (each combination is its own cached query).
            expression = e => !EF.Constant(IsSoftDeleteFilterEnabled) || !EF.Property<bool>(e, nameof(ISoftDelete.IsDeleted));
        }
        if (typeof(IDistrictScoped).IsAssignableFrom(typeof(TEntity)))
        {
            Expression<Func<TEntity, bool>> district =
                e => !EF.Constant(IsDistrictFilterEnabled) || EF.Property<Guid>(e, nameof(IDistrictScoped.DistrictId)) == CurrentDistrictId;
            expression = expression is null ? district : expression.AndAlso(district);
        }
        return expression;
    }
}
