/// How often a console cache computed a value (misses) and how often it answered from what it
/// kept (hits): what the tests check, and what to look at when a page is slower than expected.
struct CacheCounts: Sendable, Hashable, CustomStringConvertible {
    /// Values computed.
    var misses: Int
    /// Values answered from the cache.
    var hits: Int

    var description: String { "\(misses) misses, \(hits) hits" }
}
