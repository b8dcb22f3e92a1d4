import Consortium
import Storage

extension ProblemKind {
    /// The producer's storage quota is used up (507).
    static let insufficientStorage = ProblemKind("insufficient-storage", 507, "Insufficient storage")
    /// The `Range` asked for lies outside the content (416).
    static let rangeNotSatisfiable = ProblemKind("range-not-satisfiable", 416, "Range not satisfiable")
}

extension Problem {
    /// The problem for a refused product metadata or policy change: 403 for a caller who may
    /// not, 422 naming the field otherwise.
    init(_ error: DataPolicyError) {
        if error.code == .notPermitted && error.field != "mission" {
            self.init(.forbidden, detail: error.detail, field: error.field)
        } else {
            self.init(.validation, detail: error.detail, field: error.field)
        }
    }

    /// The problem for the blob store: a wrong hash is 422 naming the header, a full quota 507,
    /// a malformed hash 400; corruption and I/O failures a 500 that says nothing of the disk.
    init(_ error: DataStoreError) {
        switch error.code {
        case .hashMismatch:
            self.init(.validation, detail: error.detail, field: error.field)
        case .quotaExceeded:
            self.init(.insufficientStorage, detail: error.detail, field: error.field)
        case .invalidHash:
            self.init(.invalidQuery, detail: error.detail, field: error.field)
        default:
            self.init(.internalError, detail: "the server could not complete the request; it has been logged")
        }
    }

    /// The 503 answered when the server runs without a data product store.
    static let dataExchangeOff = Problem(
        .unavailable, detail: "this server has no data product store (start it with --data-dir or on an SQLite file)")
}
