import Consortium
import Foundation
import Logging
import Orbits
import Storage

#if canImport(Glibc)
    import Glibc
#endif

// Measures what an authenticated list request costs the store on SQLite: the token lookup
// (`principal(forTokenHash:at:)`) and one page of 50 spacecraft in a restricted scope, in
// sequence and from several concurrent tasks. Reports requests per CPU second (process CPU
// time, all threads) and per wall second.
//
//   cd Benchmarks && swift run -c release storage-benchmarks [--requests 20000] [--tasks 8] [--no-token | --no-list] [--documents]

/// CPU time of the whole process, seconds.
func processCPU() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
}

let arguments = CommandLine.arguments
func option(_ name: String, _ fallback: Int) -> Int {
    arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil }
        ?? fallback
}
let requests = option("--requests", 20_000)
let tasks = option("--tasks", 8)
let lookups = !arguments.contains("--no-token")
let lists = !arguments.contains("--no-list")
let documents = arguments.contains("--documents")

var logger = Logger(label: "storage-benchmarks")
logger.logLevel = .warning
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-bench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }
let repository = try await SQLRepository.open(
    .sqliteFile(path: directory.appendingPathComponent("bench.sqlite").path), logger: logger)

// 3 partners, 150 spacecraft with the ISS TLE (CelesTrak active set, 2026-03-19), a user and a token.
let issTLE = """
    ISS (ZARYA)
    1 25544U 98067A   26078.12958500  .00009105  00000+0  17698-3 0  9991
    2 25544  51.6344  25.6919 0006229 207.4819 152.5840 15.48370465557798
    """
let partners = ["nasa", "esa", "jaxa"].map { id in
    Partner(
        id: Partner.ID(rawValue: id)!, name: id.uppercased(), shortName: id.uppercased(), kind: .agency,
        country: CountryCode(rawValue: "US")!)
}
let spacecraft = (0..<150).map { index in
    Spacecraft(
        id: Spacecraft.ID(rawValue: String(format: "sat-%04d", index))!, name: "Satellite \(index)",
        owner: partners[index % 3].id, cosparID: "1998-067A", status: .operational,
        orbit: Spacecraft.Orbit(format: .tle, text: issTLE))
}
let user = User(id: "esa-ops", name: "ESA operations", partner: "esa", role: .operator)
try await repository.importSnapshot(RegistrySnapshot(partners: partners, spacecraft: spacecraft, users: [user]))
let now = try Instant(iso8601: "2026-03-19T12:00:00Z")
let (token, secret) = APIToken.issue(for: "esa-ops", label: "bench", at: now)
try await repository.createToken(token)
let hash = APIToken.hash(secret: secret)
let scope = ReadScope.restricted(owners: ["nasa", "esa"], ids: ["sat-0002", "sat-0005"])

/// One authenticated list: token lookup, then the first page of 50.
@Sendable func request() async throws -> Int {
    if lookups {
        guard try await repository.principal(forTokenHash: hash, at: now) != nil else { fatalError("token not found") }
    }
    guard lists else { return 0 }
    if documents {
        let page = try await repository.listDocuments(
            Spacecraft.self, scope: scope, filter: ListFilter(), page: PageRequest(limit: 50))
        precondition(page.items.count == 50 && page.nextCursor != nil)
        return page.items.count
    }
    let page = try await repository.list(
        Spacecraft.self, scope: scope, filter: ListFilter(), page: PageRequest(limit: 50))
    precondition(page.items.count == 50 && page.nextCursor != nil)
    return page.items.count
}

for _ in 0..<500 { _ = try await request() }  // warm-up

for concurrency in [1, tasks] {
    let cpu0 = processCPU()
    let wall0 = Date()
    try await withThrowingTaskGroup(of: Void.self) { group in
        for worker in 0..<concurrency {
            group.addTask {
                var index = worker
                while index < requests {
                    _ = try await request()
                    index += concurrency
                }
            }
        }
        try await group.waitForAll()
    }
    let cpu = processCPU() - cpu0
    let wall = Date().timeIntervalSince(wall0)
    print(
        "\(lists ? (documents ? "list 50 spacecraft documents" : "list 50 spacecraft") : "")\(lists && lookups ? " + " : "")\(lookups ? "token lookup" : ""), \(concurrency) task(s): \(requests) requests, cpu \(String(format: "%.2f", cpu)) s, "
            + "wall \(String(format: "%.2f", wall)) s, \(Int(Double(requests) / cpu)) per CPU second, "
            + "\(Int(Double(requests) / wall)) per wall second")
}
await repository.shutdown()
