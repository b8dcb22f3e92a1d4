import Consortium

/// Which page of a list to return: at most `limit` records with ids after `after`.
///
/// Cursor pagination by id: stable under inserts, and a query on an index, not an OFFSET scan.
public struct PageRequest: Sendable, Hashable {
    /// The most records a page may hold.
    public static let maximumLimit = 500
    /// The page size when none is asked for.
    public static let defaultLimit = 50

    /// The page size, 1...maximumLimit.
    public var limit: Int
    /// The id of the last record of the previous page, or `nil` for the first page.
    public var after: String?

    /// Creates a page request, clamping `limit` to 1...maximumLimit.
    public init(limit: Int = PageRequest.defaultLimit, after: String? = nil) {
        self.limit = min(max(limit, 1), Self.maximumLimit)
        self.after = after
    }
}

/// One page of a list, with the cursor of the next page (`nil` on the last page).
public struct Page<E: Entity>: Sendable {
    /// The records, ordered by id.
    public var items: [Stored<E>]
    /// Pass as `PageRequest.after` to get the next page; `nil` when there is none.
    public var nextCursor: String?

    /// Creates a page.
    public init(items: [Stored<E>], nextCursor: String?) {
        self.items = items
        self.nextCursor = nextCursor
    }
}
