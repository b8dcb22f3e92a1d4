import ArgumentParser
import Foundation

/// `concord data policy ID [--embargo-end T] [--early-access a,b]`: shows a product's policy, or
/// changes it (data stewards: shorten the embargo, grant early access, within the clause).
struct DataPolicyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy", abstract: "Show or change a data product's access policy.")

    @OptionGroup var serverOption: ServerOption

    @Argument(help: "The product's id.")
    var id: String

    @Option(help: ArgumentHelp("The new embargo end, ISO 8601 UTC (not after the clause's).", valueName: "instant"))
    var embargoEnd: String?

    @Option(help: ArgumentHelp("Partners given early access (replaces the list; empty to clear).", valueName: "a,b"))
    var earlyAccess: String?

    func run() async throws {
        let client = try serverOption.client()
        guard id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }), !id.isEmpty else {
            throw ValidationError("'\(id)' is not a product id")
        }
        let data: Data
        if embargoEnd == nil && earlyAccess == nil {
            (data, _) = try await client.send(client.request("GET", "/api/v1/products/\(id)"))
        } else {
            var change: [String: Any] = [:]
            change["embargoEnd"] = embargoEnd
            if let earlyAccess {
                change["earlyAccess"] = earlyAccess.split(separator: ",").map { String($0) }
            }
            var request = client.request("PUT", "/api/v1/products/\(id)/policy")
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            (data, _) = try await client.send(request, body: try JSONSerialization.data(withJSONObject: change))
        }
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        let policy = try JSONSerialization.data(
            withJSONObject: object["policy"] ?? [:], options: [.sortedKeys, .withoutEscapingSlashes])
        print(String(decoding: policy, as: UTF8.self))
    }
}
