/// One page of a list that is not of registry records, with the next page's cursor.
public struct ListPage<Item: Sendable>: Sendable {
    /// The items, ordered by id.
    public var items: [Item]
    /// Pass as `PageRequest.after` for the next page; `nil` on the last page.
    public var nextCursor: String?

    /// Creates a page.
    public init(items: [Item], nextCursor: String?) {
        self.items = items
        self.nextCursor = nextCursor
    }
}
