import Consortium
import Foundation
import Orbits
import Storage

/// The principals of recently seen tokens and today's access policy, kept in memory and dropped
/// when the database says that users, tokens, agreements or missions changed.
///
/// A request with a cached token costs no token query; the policy (built from every agreement
/// and mission) is rebuilt only when the generation or the UTC day changes. Staleness is bounded:
/// - this process's own writes call `invalidate()`, so they apply to the next request;
/// - other processes' writes bump `Repository.generation()`, read at most once per
///   `generationCheckInterval` (1 s by default);
/// - a token's principal is re-read after `tokenCacheTTL` even when nothing changed, and never
///   used past the token's expiry (no write happens at expiry, so the cache keeps the time itself).
final class AccessCache: @unchecked Sendable {
    private struct CachedPrincipal {
        var principal: Principal
        var loadedAt: ContinuousClock.Instant
        /// The token's expiry: the entry is not used from then on.
        var expiresAt: Instant?
    }

    private let repository: any Repository
    private let configuration: ServerConfiguration
    private let monotonic = ContinuousClock()
    private let lock = NSLock()
    private var generation: Int?
    private var lastGenerationCheck: ContinuousClock.Instant?
    private var principals: [String: CachedPrincipal] = [:]
    private var policy: AccessPolicy?
    /// Raised by every invalidation, so that a policy or principal read before it is not stored after it.
    private var epoch = 0

    /// Creates an empty cache over `repository`.
    init(repository: any Repository, configuration: ServerConfiguration) {
        self.repository = repository
        self.configuration = configuration
    }

    /// The principal of the API token whose secret is `secret`, or `nil` when it is unknown,
    /// expired, revoked, or not an API token (a console session or sign-in link never works here).
    func principal(forSecret secret: String) async throws(StorageError) -> Principal? {
        try await checkGeneration()
        let hash = APIToken.hash(secret: secret)
        let now = monotonic.now
        let (cached, epochAtRead): (CachedPrincipal?, Int) = lock.withLock { (principals[hash], epoch) }
        let time = configuration.clock.now()
        if let cached, now - cached.loadedAt < configuration.tokenCacheTTL, cached.expiresAt.map({ time < $0 }) ?? true
        {
            return cached.principal
        }
        guard let grant = try await repository.grant(forTokenHash: hash, kind: .api, at: time) else {
            lock.withLock { _ = principals.removeValue(forKey: hash) }
            return nil
        }
        lock.withLock {
            guard epoch == epochAtRead else { return }
            if principals.count >= configuration.tokenCacheCapacity { principals.removeAll() }
            principals[hash] = CachedPrincipal(principal: grant.principal, loadedAt: now, expiresAt: grant.expiresAt)
        }
        return grant.principal
    }

    /// The access policy for today (UTC), built from every agreement and mission.
    func accessPolicy() async throws(StorageError) -> AccessPolicy {
        let today = configuration.clock.today
        let (cached, epochAtRead): (AccessPolicy?, Int) = lock.withLock { (policy, epoch) }
        if let cached, cached.day == today { return cached }
        let agreements = try await repository.all(Agreement.self).map(\.value)
        let missions = try await repository.all(Mission.self).map(\.value)
        let built = AccessPolicy(agreements: agreements, missions: missions, on: today)
        lock.withLock {
            if epoch == epochAtRead { policy = built }
        }
        return built
    }

    /// Forgets every principal and the policy; the next request reads the generation again.
    /// Called after this process writes users, tokens, agreements or missions.
    func invalidate() {
        lock.withLock {
            principals.removeAll()
            policy = nil
            epoch += 1
            lastGenerationCheck = nil
        }
    }

    /// Reads the generation when the last check is older than the interval, and drops
    /// everything when it changed.
    private func checkGeneration() async throws(StorageError) {
        let now = monotonic.now
        let due: Bool = lock.withLock {
            if let last = lastGenerationCheck, now - last < configuration.generationCheckInterval { return false }
            lastGenerationCheck = now
            return true
        }
        guard due else { return }
        let current: Int
        do {
            current = try await repository.generation()
        } catch {
            lock.withLock { lastGenerationCheck = nil }
            throw error
        }
        lock.withLock {
            guard generation != current else { return }
            if generation != nil {
                principals.removeAll()
                policy = nil
                epoch += 1
            }
            generation = current
        }
    }
}
