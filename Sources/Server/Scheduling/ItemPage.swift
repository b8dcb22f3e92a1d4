/// One page of a list that is not a registry record list (schedule requests, schedules):
/// `{"items":[...],"nextCursor":...}`, with `nextCursor` written as null on the last page, as
/// the record lists write it (`RecordEncoder`).
struct ItemPage<Item: Codable & Sendable>: Codable, Sendable {
    /// The page's items.
    var items: [Item]
    /// Pass as `after` for the next page; nil on the last page.
    var nextCursor: String?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
        try container.encode(nextCursor, forKey: .nextCursor)
    }
}
