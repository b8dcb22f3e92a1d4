import Consortium
import Orbits
import Storage

/// What a page is made from: the viewer, the store, the locale's formats, the texts, the query
/// and the time.
struct PageInput {
    /// Who the page is for.
    var viewer: Viewer
    /// The registry's store.
    var repository: any Repository
    /// Dates and numbers in the viewer's locale.
    var format: LocaleFormat
    /// The texts.
    var catalogue: MessageCatalogue
    /// The query parameters of the request (first value of each).
    var query: [String: String]
    /// Every value of each query parameter, in order (checkbox lists repeat a name).
    var queryLists: [String: [String]] = [:]
    /// The server's current time.
    var now: Instant
    /// Decoded views of published schedules, shared by every page render of the console.
    var scheduleViews: ScheduleViewCache? = nil
    /// Predicted passes per spacecraft, stations and day, shared by every page render.
    var passCache: PassCache? = nil
    /// The schedule page's timeline charts, shared by every page render.
    var timelineCache: TimelineCache? = nil

    /// The text of `key` in the viewer's language, placeholders filled from `values`.
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        catalogue.format(key, values, in: viewer.language)
    }
}

/// A page's result: which template renders it, the message key of its title, and its model.
struct PageContent: Sendable {
    /// The template's name (`overview`).
    var template: String
    /// The message key of the page title.
    var titleKey: String
    /// The model the template reads under `body`.
    var body: any Sendable
    /// Where the page's time went (spans of the `Server-Timing` header).
    var timing = ServerTiming()
}

/// Makes one page's content.
typealias PageRenderer = @Sendable (PageInput) async throws -> PageContent
