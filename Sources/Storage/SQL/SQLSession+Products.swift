import Consortium
import Orbits
import SQLKit

extension SQLSession {
    /// Inserts `product` with its grants and keywords, adds its size to the producer's usage
    /// (refusing past `quotaBytes`) and appends `audit`. Must run inside a write transaction.
    func insertProduct(_ product: DataProduct, quotaBytes: Int64?, audit: AuditRecord) async throws -> AuditEntry {
        let producer = product.producer.rawValue
        let usage = try await database.raw(
            "SELECT used_bytes FROM data_quota_usage WHERE partner_id = \(bind: producer)\(unsafeRaw: dialect.lockForUpdate)"
        ).first()
        let used = try usage.map { try $0.decode(column: "used_bytes", as: Int64.self) } ?? 0
        if let quotaBytes, used + product.byteCount > quotaBytes {
            throw DataStoreError(
                .quotaExceeded, field: "Content-Length",
                detail: "'\(producer)' stores \(used) bytes of its \(quotaBytes)-byte quota; "
                    + "this product of \(product.byteCount) bytes does not fit")
        }
        let metadata = product.metadata
        let values: [EntityTable.Bind] = [
            product.id.rawValue, producer, metadata.mission.rawValue, product.policy.agreement.rawValue,
            metadata.productType, metadata.observationStart.map(DocumentCoder.timestamp),
            metadata.observationEnd.map(DocumentCoder.timestamp), product.sha256, product.byteCount,
            product.policy.access.rawValue, DocumentCoder.timestamp(product.policy.embargoEnd),
            DocumentCoder.timestamp(product.uploadedAt), try coder.encode(product, kind: "data product"),
        ]
        try await database.raw(
            """
            INSERT INTO data_products (id, producer_id, mission_id, agreement_id, product_type, observation_start, \
            observation_end, sha256, byte_count, access, embargo_end, uploaded_at, document) VALUES (\(binds: values))
            """
        ).run()
        try await insertGrants(of: product)
        for keyword in Set(metadata.keywords.map { $0.lowercased() }).sorted() {
            try await database.raw(
                "INSERT INTO data_product_keywords (product_id, keyword) VALUES (\(bind: product.id.rawValue), \(bind: keyword))"
            ).run()
        }
        try await database.raw(
            """
            INSERT INTO data_quota_usage (partner_id, used_bytes) VALUES (\(bind: producer), \(bind: product.byteCount)) \
            ON CONFLICT (partner_id) DO UPDATE SET used_bytes = data_quota_usage.used_bytes + \(bind: product.byteCount)
            """
        ).run()
        return try await appendAudit(audit)
    }

    /// Inserts the named and early-access rows of `product`.
    func insertGrants(of product: DataProduct) async throws {
        let grants =
            product.policy.namedPartners.map { ($0, "named") } + product.policy.earlyAccess.map { ($0, "early") }
        for (partner, kind) in grants {
            try await database.raw(
                """
                INSERT INTO data_product_grants (product_id, partner_id, kind) \
                VALUES (\(bind: product.id.rawValue), \(bind: partner.rawValue), \(bind: kind))
                """
            ).run()
        }
    }

    func product(id: DataProduct.ID) async throws(StorageError) -> DataProduct? {
        let row = try await mapped {
            try await database.raw("SELECT document FROM data_products WHERE id = \(bind: id.rawValue)").first()
        }
        guard let row else { return nil }
        let document = try await mapped { try row.decode(column: "document", as: String.self) }
        return try coder.decode(DataProduct.self, documents: [document]).first
    }

    /// Replaces the policy of `id` (document, columns and grants) and appends `audit`.
    func updatePolicy(id: DataProduct.ID, policy: ProductPolicy, audit: AuditRecord) async throws -> DataProduct {
        let row = try await database.raw(
            "SELECT document FROM data_products WHERE id = \(bind: id.rawValue)\(unsafeRaw: dialect.lockForUpdate)"
        ).first()
        guard let row else { throw StorageError(.notFound, field: "id", detail: "no product '\(id)'") }
        var product = try coder.decode(
            DataProduct.self, documents: [try row.decode(column: "document", as: String.self)])[0]
        product.policy = policy
        try await database.raw(
            """
            UPDATE data_products SET access = \(bind: policy.access.rawValue), \
            embargo_end = \(bind: DocumentCoder.timestamp(policy.embargoEnd)), \
            document = \(bind: try coder.encode(product, kind: "data product")) WHERE id = \(bind: id.rawValue)
            """
        ).run()
        try await database.raw("DELETE FROM data_product_grants WHERE product_id = \(bind: id.rawValue)").run()
        try await insertGrants(of: product)
        _ = try await appendAudit(audit)
        return product
    }

    /// One page of the products in `scope` matching `filter`: the visibility rule of
    /// `ProductScope.contains` written in SQL, so that pages and cursors cover visible products only.
    func products(
        scope: ProductScope, filter: ProductFilter, page: PageRequest
    ) async throws(StorageError)
        -> ListPage<DataProduct>
    {
        let now = DocumentCoder.timestamp(scope.instant)
        let partner = scope.partner.rawValue
        func grant(_ kind: String) -> SQLQueryString {
            """
            EXISTS (SELECT 1 FROM data_product_grants g WHERE g.product_id = p.id \
            AND g.kind = \(bind: kind) AND g.partner_id = \(bind: partner))
            """
        }
        var visible: SQLQueryString =
            "p.producer_id = \(bind: partner) OR (p.embargo_end <= \(bind: now) AND p.access = 'public')"
        if !scope.bindingAgreements.isEmpty {
            let agreements = scope.bindingAgreements.map(\.rawValue).sorted()
            visible =
                visible
                    + """
                     OR (p.agreement_id IN (\(binds: agreements)) AND (\(grant("early")) \
                    OR (p.embargo_end <= \(bind: now) AND (p.access IN ('public', 'consortium') \
                    OR (p.access = 'namedParties' AND \(grant("named")))))))
                    """
        }
        var conditions: [SQLQueryString] = ["(" + visible + ")"]
        if let mission = filter.mission { conditions.append("p.mission_id = \(bind: mission.rawValue)") }
        if let producer = filter.producer { conditions.append("p.producer_id = \(bind: producer.rawValue)") }
        if let type = filter.productType { conditions.append("p.product_type = \(bind: type)") }
        if let from = filter.observedFrom {
            conditions.append("p.observation_end >= \(bind: DocumentCoder.timestamp(from))")
        }
        if let to = filter.observedTo {
            conditions.append("p.observation_start < \(bind: DocumentCoder.timestamp(to))")
        }
        if let before = filter.embargoEndsBefore {
            conditions.append("p.embargo_end < \(bind: DocumentCoder.timestamp(before))")
        }
        for keyword in Set(filter.keywords.map { $0.lowercased() }).sorted() {
            conditions.append(
                """
                EXISTS (SELECT 1 FROM data_product_keywords k WHERE k.product_id = p.id \
                AND k.keyword = \(bind: keyword))
                """)
        }
        if let after = page.after { conditions.append("p.id > \(bind: after)") }
        let condition = conditions.joined(separator: " AND ")
        let rows = try await mapped {
            try await database.raw(
                "SELECT p.document FROM data_products p WHERE \(condition) ORDER BY p.id LIMIT \(bind: page.limit + 1)"
            ).all()
        }
        var documents: [String] = []
        for row in rows.prefix(page.limit) {
            documents.append(try await mapped { try row.decode(column: "document", as: String.self) })
        }
        let items = try coder.decode(DataProduct.self, documents: documents)
        return ListPage(items: items, nextCursor: rows.count > page.limit ? items.last?.id.rawValue : nil)
    }

    func productHashes() async throws(StorageError) -> Set<String> {
        let rows = try await mapped { try await database.raw("SELECT DISTINCT sha256 FROM data_products").all() }
        var hashes = Set<String>()
        for row in rows { hashes.insert(try await mapped { try row.decode(column: "sha256", as: String.self) }) }
        return hashes
    }

    func quotaUsage(of partner: Partner.ID) async throws(StorageError) -> Int64 {
        try await mapped {
            let row = try await database.raw(
                "SELECT used_bytes FROM data_quota_usage WHERE partner_id = \(bind: partner.rawValue)"
            ).first()
            return try row?.decode(column: "used_bytes", as: Int64.self) ?? 0
        }
    }
}
