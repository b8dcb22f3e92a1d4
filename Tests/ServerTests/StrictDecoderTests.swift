import Consortium
import Foundation
import Testing

@testable import Server

/// A record with nested arrays of objects, to test the key comparison below the top level.
private struct Schedule: Codable, Equatable {
    struct Pass: Codable, Equatable {
        var station: String
        var windows: [[Int]]
        var note: String?
    }
    var name: String
    var passes: [Pass]
    var tags: [String: String]?
}

@Suite("Strict decoding: unknown keys at any depth, repeated keys, nulls and read-only paths")
struct StrictDecoderTests {
    let decoder = StrictJSONDecoder(readOnlyPaths: ["version", "passes.computedAt"])

    func problem(_ json: String) -> Problem? {
        do {
            _ = try decoder.decode(Schedule.self, from: Array(json.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test("A well-formed body decodes")
    func accepts() throws {
        let json = #"{"name":"a","passes":[{"station":"s","windows":[[1,2],[3]]},{"station":"t","windows":[]}]}"#
        let value = try decoder.decode(Schedule.self, from: Array(json.utf8))
        #expect(value.passes.count == 2)
        #expect(value.passes[0].windows == [[1, 2], [3]])
    }

    @Test(
        "Unknown keys are named by their full path, in arrays too",
        arguments: [
            (#"{"name":"a","passes":[],"colour":1}"#, "colour"),
            (
                #"{"name":"a","passes":[{"station":"s","windows":[]},{"station":"t","windows":[],"elevation":5}]}"#,
                "passes[1].elevation"
            ),
            (
                #"{"name":"a","passes":[{"station":"s","windows":[],"note":"n","extra":{"deep":[1]}}]}"#,
                "passes[0].extra"
            ),
            (#"{"name":"a","passes":[],"tags":{"k":"v"},"verison":3}"#, "verison"),
        ])
    func unknown(json: String, path: String) {
        let problem = self.problem(json)
        #expect(problem?.kind == .unknownField)
        #expect(problem?.field == path)
    }

    @Test("Free-form dictionaries keep their keys: they are echoed back")
    func dictionaries() throws {
        let value = try decoder.decode(
            Schedule.self, from: Array(#"{"name":"a","passes":[],"tags":{"any key":"v"}}"#.utf8))
        #expect(value.tags == ["any key": "v"])
    }

    @Test("Nulls stand for absent optionals; read-only paths are accepted and ignored, at any index")
    func nullsAndReadOnly() throws {
        let json =
            #"{"name":"a","version":7,"tags":null,"passes":[{"station":"s","windows":[],"note":null},{"station":"t","windows":[],"computedAt":"x"}]}"#
        let value = try decoder.decode(Schedule.self, from: Array(json.utf8))
        #expect(value.tags == nil)
        #expect(value.passes[0].note == nil)
        // The read-only path is `passes.computedAt`, not `computedAt` anywhere.
        #expect(problem(#"{"name":"a","passes":[],"computedAt":"x"}"#)?.field == "computedAt")
    }

    @Test("A key repeated in one object is refused, even when spelt with an escape")
    func repeatedKeys() {
        #expect(problem(#"{"name":"a","name":"b","passes":[]}"#)?.field == "name")
        #expect(problem(#"{"name":"a","n\u0061me":"b","passes":[]}"#)?.field == "name")
        #expect(
            problem(#"{"name":"a","passes":[{"station":"s","windows":[],"station":"t"}]}"#)?.field
                == "passes[0].station")
    }

    @Test("Type errors name the coding path with array indices")
    func typeErrors() {
        let nested = problem(#"{"name":"a","passes":[{"station":"s","windows":[[1],[2,"x"]]}]}"#)
        #expect(nested?.kind == .malformedBody)
        #expect(nested?.field == "passes[0].windows[1][1]")
        #expect(nested?.detail == "expected an integer, found a string")
        let object = problem(#"{"name":"a","passes":[7]}"#)
        #expect(object?.field == "passes[0]")
        #expect(object?.detail.hasPrefix("expected an object") == true)
        let fraction = problem(#"{"name":"a","passes":[{"station":"s","windows":[[1],[2.5]]}]}"#)
        #expect(fraction?.field == "passes[0].windows[1][0]")
        #expect(fraction?.detail == "expected an integer, found 2.5")
        #expect(problem(#"{"name":"a","passes":[],"#)?.field == nil)
        #expect(problem(#"{"name":"a","passes":[],"#)?.detail.hasPrefix("the body is not valid JSON") == true)
    }

    @Test("The JSON shape parser reads escapes and refuses deep nesting")
    func shapeParser() throws {
        let shape = try JSONShape.parse(Array(#"{"a\"b":[1,{"c\ud83d\ude80":null}],"e":"\\"}"#.utf8))
        #expect(shape["a\"b"] == .array([.scalar, .object([("c🚀", .null)])]))
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(throws: JSONShape.Failure.self) { try JSONShape.parse(Array(deep.utf8)) }
    }
}
