import ArgumentParser
import Foundation
import Logging
import Storage

/// `concord audit verify --database …`: checks the data exchange's audit log hash chain.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Check the data exchange's audit log.", subcommands: [AuditVerifyCommand.self])
}

/// Reads the whole audit log in order and checks each entry's number, link and hash; prints the
/// count and the head hash, and exits 1 naming the first broken entry.
struct AuditVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Prove that the audit log's hash chain is intact (exit status 1 when it is not).")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        var logger = Logger(label: "concord")
        logger.logLevel = .warning
        let repository = try await database.open(logger: logger)
        let result: AuditVerification
        do {
            result = try await repository.verifyAudit()
        } catch {
            await repository.shutdown()
            throw error
        }
        await repository.shutdown()
        print(result.description)
        if !result.isIntact { throw ExitCode(1) }
    }
}
