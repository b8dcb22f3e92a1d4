import ArgumentParser

/// `concord import`: bulk loads into the registry, each file in one transaction.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import element sets, ground stations or the public catalog (all or nothing per file).",
        subcommands: [
            ImportElementsCommand.self, ImportStationsCommand.self, ImportSnapshotCommand.self, ImportCatalogCommand.self,
        ])
}
