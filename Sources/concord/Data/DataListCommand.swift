import ArgumentParser
import Foundation

/// `concord data ls`: the products you may see, filtered, every page followed.
struct DataListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ls", abstract: "List the data products you may see (one JSON object per line).")

    @OptionGroup var serverOption: ServerOption

    @Option(help: "Only this mission's products.")
    var mission: String?

    @Option(help: "Only this producer's products.")
    var partner: String?

    @Option(help: "Only this product type.")
    var type: String?

    @Option(help: ArgumentHelp("Only products carrying all these keywords.", valueName: "a,b"))
    var keywords: String?

    @Option(help: ArgumentHelp("Only observations ending at or after this instant.", valueName: "instant"))
    var from: String?

    @Option(help: ArgumentHelp("Only observations starting before this instant.", valueName: "instant"))
    var to: String?

    @Option(help: ArgumentHelp("Only products whose embargo ends before this instant.", valueName: "instant"))
    var embargoEndsBefore: String?

    @Option(help: "Stop after this many products.")
    var max: Int?

    func run() async throws {
        let client = try serverOption.client()
        var query: [URLQueryItem] = []
        let filters = [
            ("mission", mission), ("partner", partner), ("type", type), ("keywords", keywords), ("from", from),
            ("to", to), ("embargoEndsBefore", embargoEndsBefore),
        ]
        for case (let name, let value?) in filters { query.append(URLQueryItem(name: name, value: value)) }
        var cursor: String?
        var printed = 0
        repeat {
            var pageQuery = query + [URLQueryItem(name: "limit", value: "500")]
            if let cursor { pageQuery.append(URLQueryItem(name: "after", value: cursor)) }
            let (data, _) = try await client.send(client.request("GET", "/api/v1/products", query: pageQuery))
            let page = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
            for item in page["items"] as? [Any] ?? [] {
                if let max, printed >= max { return }
                let line = try JSONSerialization.data(
                    withJSONObject: item, options: [.sortedKeys, .withoutEscapingSlashes])
                print(String(decoding: line, as: UTF8.self))
                printed += 1
            }
            cursor = page["nextCursor"] as? String
        } while cursor != nil
    }
}
