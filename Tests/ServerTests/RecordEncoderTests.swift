import Consortium
import Foundation
import Storage
import Testing

@testable import Server

@Suite("Record encoding: stored documents and decoded records give the same items")
struct RecordEncoderTests {
    /// The items of every record of `E`, made from the decoded records and from the stored documents
    /// by two encoders with empty caches.
    func items<E: Entity>(_ type: E.Type, _ repository: any Repository) async throws -> ([String], [String]) {
        let page = PageRequest(limit: 500)
        let decoded = try await repository.list(E.self, scope: .all, filter: ListFilter(), page: page)
        let documents = try await repository.listDocuments(E.self, scope: .all, filter: ListFilter(), page: page)
        let fromValues = try decoded.items.map { String(decoding: try RecordEncoder().item($0), as: UTF8.self) }
        let fromDocuments = documents.items.map {
            String(decoding: RecordEncoder().item($0, kind: E.kind), as: UTF8.self)
        }
        return (fromValues, fromDocuments)
    }

    @Test("Byte for byte, for every kind")
    func samePaths() async throws {
        let server = try await TestServer.make()
        let repository = server.repository
        var pairs: [([String], [String])] = []
        pairs.append(try await items(Partner.self, repository))
        pairs.append(try await items(Agreement.self, repository))
        pairs.append(try await items(Mission.self, repository))
        pairs.append(try await items(Spacecraft.self, repository))
        pairs.append(try await items(Station.self, repository))
        pairs.append(try await items(User.self, repository))
        await repository.shutdown()
        for (values, documents) in pairs {
            #expect(!values.isEmpty)
            #expect(values == documents)
        }
        let iss = try #require(pairs[3].0.first { $0.contains(#""id":"iss""#) })
        let object = try JSONSerialization.jsonObject(with: Data(iss.utf8)) as! [String: Any]
        #expect(object["version"] as? Int == 1)
        #expect((object["orbit"] as? [String: Any])?["epoch"] as? String == "2026-03-19T03:06:36.144Z")
        // Sorted keys end with `status`; the metadata follows the record's members.
        #expect(iss.contains(#""status":"operational","version":1,"createdAt":"20"#))
    }

    @Test("Hiding a partner's contacts removes that member only")
    func hiding() throws {
        let nasa = Stored(value: Registry.partners[0], version: 3, createdAt: .now, updatedAt: .now)
        let encoder = RecordEncoder()
        let whole = try JSONSerialization.jsonObject(with: Data(try encoder.item(nasa))) as! [String: Any]
        let hidden =
            try JSONSerialization.jsonObject(with: Data(try encoder.item(nasa, hiding: ["contacts"]))) as! [String: Any]
        #expect(Set(whole.keys).subtracting(hidden.keys) == ["contacts"])
        #expect(hidden["version"] as? Int == 3)
        #expect(hidden["name"] as? String == "National Aeronautics and Space Administration")
        #expect(encoder.cachedItemCount == 2)
    }
}
