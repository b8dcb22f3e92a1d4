/// KVN (keyword = value notation, CCSDS 502.0 section 7): reading and writing.
extension OMM {
    /// Reads the KVN messages in `text` (one, or several back to back, each starting with
    /// `CCSDS_OMM_VERS`). A message with an error is skipped and its error kept.
    ///
    /// Accepts `KEY = value [unit]` lines (units checked against the standard when present, only on
    /// numeric keywords so names like `GOES 9 [P]` stay intact), `COMMENT` lines, blank lines, CRLF,
    /// padding, `USER_DEFINED_*` keywords. Unknown keywords are errors naming the line.
    static func readKVN(_ text: String, file: String?) -> OMMReadResult {
        var result = OMMReadResult()
        var builder: OMMBuilder?
        var failed = false
        var leadingComments: [String] = []
        var lineNumber = 0

        func finish() {
            guard let current = builder, !failed else { return }
            do { result.messages.append(try current.build()) } catch { result.errors.append(error) }
        }

        // Lines split on LF bytes (CR goes with the blanks trimmed), not on Characters: much faster.
        for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine).trimmingBlanks()
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst().trimmingBlanks() }
            if line.isEmpty { continue }
            if line.hasPrefix("COMMENT"),
                line.count == 7 || line.dropFirst(7).first!.isWhitespace
                    || line.dropFirst(7).trimmingBlanks().hasPrefix("=")
            {
                var comment = line.dropFirst(7).trimmingBlanks()
                if comment.hasPrefix("=") { comment = comment.dropFirst().trimmingBlanks() }  // Space-Track style
                if builder == nil {
                    leadingComments.append(String(comment))
                } else {
                    builder!.addComment(String(comment))
                }
                continue
            }
            guard let equals = line.utf8.firstIndex(of: UInt8(ascii: "=")) else {
                if !failed {
                    result.errors.append(
                        OMMError(
                            .syntax(detail: "expected KEY = value or COMMENT"), file: file, line: lineNumber,
                            record: builder?.record, value: String(line)))
                }
                failed = true
                continue
            }
            let keyword = line[..<equals].trimmingBlanks()
            var value = line[line.utf8.index(after: equals)...].trimmingBlanks()
            if keyword == "CCSDS_OMM_VERS" {
                finish()
                failed = false
                builder = OMMBuilder(
                    profile: .message, file: file, record: result.messages.count + result.errors.count + 1,
                    startLine: lineNumber)
                for comment in leadingComments { builder!.addComment(comment) }
                leadingComments.removeAll()
            }
            guard builder != nil else {
                result.errors.append(
                    OMMError(
                        .notAnOMM(firstKeyword: String(keyword)), file: file, line: lineNumber, key: String(keyword),
                        value: String(value)))
                failed = true
                builder = OMMBuilder(profile: .message, file: file, record: 1, startLine: lineNumber)
                continue
            }
            if failed { continue }
            do throws(OMMError) {
                if keyword.hasPrefix("USER_DEFINED_") {
                    builder!.addUserDefined(name: String(keyword.dropFirst(13)), value: String(value))
                    continue
                }
                guard let key = OMMKey(keyword: keyword) else {
                    throw builder!.error(.unknownKey, line: lineNumber, key: String(keyword), value: String(value))
                }
                var unit: String?
                if key.valueKind == .real, value.hasSuffix("]"), let open = value.lastIndex(of: "[") {
                    unit = String(value[value.index(after: open)..<value.index(before: value.endIndex)])
                    value = value[..<open].trimmingBlanks()
                }
                try builder!.set(key, String(value), unit: unit, line: lineNumber)
            } catch {
                result.errors.append(error)
                failed = true
            }
        }
        finish()
        return result
    }

    /// The message as KVN: one `KEY = value [unit]` line per keyword in the standard's order,
    /// keywords padded to 20 characters, blank lines between sections, LF line ends.
    public var kvn: String {
        var out = ""
        func line(_ key: String, _ value: String, unit: String? = nil) {
            out += key.padding(to: 20) + " = " + value
            if let unit { out += " [" + unit + "]" }
            out += "\n"
        }
        func comments(_ lines: [String]) { for text in lines { out += "COMMENT " + text + "\n" } }
        line(OMMKey.ccsdsOMMVersion.keyword, version)
        comments(headerComments)
        for field in headerFields { line(field.key.keyword, field.text) }
        out += "\n"
        comments(metadataComments)
        for field in metadataFields { line(field.key.keyword, field.text) }
        comments(dataComments)
        for block in dataBlocks {
            out += "\n"
            for field in block.fields { line(field.key.keyword, field.text, unit: field.key.unit) }
        }
        if !userDefined.isEmpty { out += "\n" }
        for parameter in userDefined { line("USER_DEFINED_" + parameter.name, parameter.value) }
        return out
    }
}

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without leading and trailing ASCII blanks (space, tab, line ends, form feed).
    func trimmingBlanks() -> SubSequence {
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isBlank(bytes[start]) { start = bytes.index(after: start) }
        while end > start, isBlank(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        return self[start..<end]
    }
}

extension String {
    /// The string padded with spaces to at least `width` characters.
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
