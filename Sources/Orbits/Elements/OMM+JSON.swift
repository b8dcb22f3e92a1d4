/// JSON writing (reading is ``OMMJSONReader``).
extension OMM {
    /// Messages as a JSON array of objects, one per message, two-space indented.
    public static func json(_ messages: [OMM], style: OMMJSONStyle = .celestrak) -> String {
        var out = "[\n"
        for (index, message) in messages.enumerated() {
            var members: [(name: String, value: String, quoted: Bool)] = []
            switch style {
            case .celestrak:
                for (key, value) in zip(celestrakKeys, message.celestrakValues) {
                    members.append((key.keyword, value, key.valueKind == .text || key.valueKind == .date))
                }
            case .spaceTrack:
                members.append((OMMKey.ccsdsOMMVersion.keyword, message.version, true))
                if !message.headerComments.isEmpty {
                    members.append(("COMMENT", message.headerComments.joined(separator: "\n"), true))
                }
                var fields = message.headerFields + message.metadataFields
                for block in message.dataBlocks { fields += block.fields }
                for field in fields { members.append((field.key.keyword, field.text, true)) }
                for parameter in message.userDefined {
                    let known = OMMKey(keyword: parameter.name) != nil || parameter.name.hasPrefix("USER_DEFINED_")
                    members.append(((known ? "USER_DEFINED_" : "") + parameter.name, parameter.value, true))
                }
            }
            out += "  {\n"
            for (i, member) in members.enumerated() {
                out += "    \"" + jsonEscape(member.name) + "\": "
                out += member.quoted ? "\"" + jsonEscape(member.value) + "\"" : member.value
                out += i + 1 < members.count ? ",\n" : "\n"
            }
            out += index + 1 < messages.count ? "  },\n" : "  }\n"
        }
        return out + "]\n"
    }

    /// The message alone as a JSON array of one object.
    public func json(style: OMMJSONStyle = .celestrak) -> String { Self.json([self], style: style) }

    /// `text` escaped for a JSON string (quote, backslash, control characters).
    private static func jsonEscape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
