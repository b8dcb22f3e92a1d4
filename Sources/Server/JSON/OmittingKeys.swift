/// A value encoded without some of its top-level keys: a partner without its `contacts` for
/// principals who may not see them.
///
/// The value's own `encode(to:)` runs unchanged through an encoder whose top-level keyed
/// container drops the omitted keys, so new fields of the record are encoded without this type
/// knowing of them (a hand-written "public view" struct would silently fall behind).
struct OmittingKeys<Value: Encodable>: Encodable {
    /// The value to encode.
    var value: Value
    /// The top-level keys to leave out.
    var omitted: Set<String>

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: KeyOmittingEncoder(base: encoder, omitted: omitted))
    }
}

/// An encoder that forwards to `base` but drops `omitted` keys of its keyed container.
private struct KeyOmittingEncoder: Encoder {
    let base: any Encoder
    let omitted: Set<String>

    var codingPath: [any CodingKey] { base.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { base.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyOmittingContainer(base: base.container(keyedBy: type), omitted: omitted))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { base.unkeyedContainer() }

    func singleValueContainer() -> any SingleValueEncodingContainer { base.singleValueContainer() }
}

/// A keyed container that forwards every key but the omitted ones.
private struct KeyOmittingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    var base: KeyedEncodingContainer<Key>
    let omitted: Set<String>

    var codingPath: [any CodingKey] { base.codingPath }

    private func keeps(_ key: Key) -> Bool { !omitted.contains(key.stringValue) }

    mutating func encodeNil(forKey key: Key) throws {
        if keeps(key) { try base.encodeNil(forKey: key) }
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        if keeps(key) { try base.encode(value, forKey: key) }
    }
    mutating func encode(_ value: String, forKey key: Key) throws {
        if keeps(key) { try base.encode(value, forKey: key) }
    }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        if keeps(key) { try base.encode(value, forKey: key) }
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        if keeps(key) { try base.encode(value, forKey: key) }
    }
    mutating func encode(_ value: Int, forKey key: Key) throws {
        if keeps(key) { try base.encode(value, forKey: key) }
    }
    mutating func encode(_ value: Int8, forKey key: Key) throws {
        if keeps(key) { try base.encode(value, forKey: key) }
    }
    mutating func encode(_ value: Int16, forKey key: Key) throws {
        if keeps(key) { try base.encode(value, forKey: key) }
    }
    mutating func encode(_ value: Int32, forKey key: Key) throws {
        if keeps(key) { try base.encode(value, forKey: key) }
    }
    mutating func encode(_ value: Int64, forKey key: Key) throws {
        if keeps(key) { try base.encode(value, forKey: key) }
    }
    mutating func encode(_ value: UInt, forKey key: Key) throws {
        if keeps(key) { try base.encode(value, forKey: key) }
    }
    mutating func encode(_ value: UInt8, forKey key: Key) throws {
        if keeps(key) { try base.encode(value, forKey: key) }
    }
    mutating func encode(_ value: UInt16, forKey key: Key) throws {
        if keeps(key) { try base.encode(value, forKey: key) }
    }
    mutating func encode(_ value: UInt32, forKey key: Key) throws {
        if keeps(key) { try base.encode(value, forKey: key) }
    }
    mutating func encode(_ value: UInt64, forKey key: Key) throws {
        if keeps(key) { try base.encode(value, forKey: key) }
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if keeps(key) { try base.encode(value, forKey: key) }
    }

    // Nested containers are forwarded as they are: the synthesized encoders of the records use
    // `encode(_:forKey:)` only, so an omitted key never reaches these.
    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        base.nestedContainer(keyedBy: keyType, forKey: key)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        base.nestedUnkeyedContainer(forKey: key)
    }
    mutating func superEncoder() -> any Encoder { base.superEncoder() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { base.superEncoder(forKey: key) }
}
