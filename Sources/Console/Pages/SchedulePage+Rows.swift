extension SchedulePage {
    // The two long tables of the page (a week of the demo: 300 timeline rows and about 950
    // passes) are written here into one string each instead of by the template: swift-mustache
    // looks up and escapes every cell of every row one by one, which was two thirds of a week
    // page's render time. The markup is what the template wrote before.

    /// The timeline table's rows: `<tr>` per bar (own contacts `class="own"`), antenna, label,
    /// start (date and time) and end (time), escaped.
    static func barRows(_ bars: ArraySlice<Bar>, input: PageInput) -> String {
        var html = ""
        html.reserveCapacity(bars.count * 120)
        for bar in bars {
            html += bar.isOwn ? "<tr class=\"own\"><td>" : "<tr><td>"
            appendEscaped(bar.resource, to: &html)
            html += "</td><td>"
            appendEscaped(bar.label, to: &html)
            html += "</td><td>"
            appendEscaped(input.format.dateTime(bar.start), to: &html)
            html += "</td><td>"
            appendEscaped(input.format.time(bar.end), to: &html)
            html += "</td></tr>\n"
        }
        return html
    }

    /// The pass list's rows: number, station, AOS, LOS, duration (min), maximum elevation (°)
    /// and the link to the pass's sky plot (`base` plus `&pass=<index>#sky`); the selected
    /// pass `class="own"`.
    static func passRows(
        _ passes: [PassCache.StationPass], base: String, selected: Int?, input: PageInput
    ) -> String {
        let format = input.format
        let skyLink = input.text("schedule_sky_link")
        var html = ""
        html.reserveCapacity(passes.count * 260)
        for (index, item) in passes.enumerated() {
            html += index == selected ? "<tr class=\"own\"><td class=\"num\">" : "<tr><td class=\"num\">"
            html += String(index + 1)
            html += "</td><td>"
            appendEscaped(item.station.name, to: &html)
            html += "</td><td>"
            appendEscaped(format.dateTime(item.pass.aos), to: &html)
            html += "</td><td>"
            appendEscaped(format.time(item.pass.los), to: &html)
            html += "</td><td class=\"num\">"
            appendEscaped(format.number(item.pass.duration / 60, digits: 1) + " min", to: &html)
            html += "</td><td class=\"num\">"
            appendEscaped(format.number(item.pass.maximumElevation, digits: 1) + "°", to: &html)
            html += "</td><td><a href=\""
            appendEscaped("\(base)&pass=\(index)#sky", to: &html)
            html += "\">"
            appendEscaped(skyLink, to: &html)
            html += "</a></td></tr>\n"
        }
        return html
    }

    /// Appends `text` escaped for HTML text and attribute values (`&`, `<`, `>`, `"`, `'`).
    static func appendEscaped(_ text: String, to html: inout String) {
        guard text.utf8.contains(where: { [0x26, 0x3C, 0x3E, 0x22, 0x27].contains($0) }) else {
            html += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": html += "&amp;"
            case "<": html += "&lt;"
            case ">": html += "&gt;"
            case "\"": html += "&quot;"
            case "'": html += "&#39;"
            default: html.unicodeScalars.append(scalar)
            }
        }
    }
}
