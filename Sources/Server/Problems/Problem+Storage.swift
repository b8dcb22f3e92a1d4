import Consortium
import Storage

extension Problem {
    /// The problem for a store's refusal or failure.
    ///
    /// Refusals keep the store's sentence and field (`invalid` → 422 with the field,
    /// `missingReference` → 422, `conflict`/`inUse` → 409, `versionMismatch` → 412, `notFound` →
    /// 404, `invalidFilter` → 400). Failures of the database (`database`, `schemaTooNew`, and any
    /// code added later) become a 500 whose detail says nothing of the driver, the SQL or the
    /// schema: those go to the log only.
    init(_ error: StorageError) {
        switch error.code {
        case .invalid:
            self.init(.validation, detail: error.detail, field: error.field)
        case .missingReference:
            self.init(.missingReference, detail: error.detail, field: error.field)
        case .conflict:
            self.init(.conflict, detail: error.detail, field: error.field)
        case .inUse:
            self.init(.inUse, detail: error.detail, field: error.field)
        case .versionMismatch:
            self.init(.versionMismatch, detail: error.detail, field: error.field)
        case .notFound:
            self.init(.notFound, detail: error.detail, field: error.field)
        case .invalidFilter:
            self.init(.invalidQuery, detail: error.detail, field: error.field)
        default:
            self.init(.internalError, detail: "the server could not complete the request; it has been logged")
        }
    }

    /// The problem for a broken domain rule: 422 naming the field.
    init(_ error: DomainError) {
        self.init(.validation, detail: error.detail, field: error.field)
    }

    /// Whether the problem hides a server-side failure that should be logged with its cause.
    var isServerFailure: Bool { kind.status >= 500 }
}
