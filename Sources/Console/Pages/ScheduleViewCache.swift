/// The decoded views of published schedules, kept between page renders.
///
/// A published schedule never changes, but its documents (the problem with every view period
/// of a week, the schedule, the metrics) take hundreds of milliseconds to decode; pages that
/// show this week's network use or contacts would otherwise decode them on every request. The
/// cache is keyed by schedule and by what the viewer may see (one partner's view, or the full
/// view of consortium administrators), holds at most `capacity` views, and is emptied when full.
actor ScheduleViewCache {
    /// The most views kept.
    let capacity: Int
    private var items: [String: VisibleSchedules.Item] = [:]

    /// An empty cache of at most `capacity` views.
    init(capacity: Int = 64) {
        self.capacity = capacity
    }

    /// The key of a schedule's view for `partner` (nil: the full view).
    static func key(schedule: String, partner: String?) -> String {
        "\(schedule)|\(partner ?? "*")"
    }

    /// The view stored under `key`, if any.
    func item(_ key: String) -> VisibleSchedules.Item? { items[key] }

    /// Stores a view; empties the cache first when it is full.
    func store(_ item: VisibleSchedules.Item, key: String) {
        if items.count >= capacity { items.removeAll(keepingCapacity: true) }
        items[key] = item
    }
}
