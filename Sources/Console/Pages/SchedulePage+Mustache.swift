import Mustache

// The schedule page's models answer the template's names directly: swift-mustache otherwise
// looks every name up by reflection (`Mirror`), which was half of a week page's render time
// (every name of the page's rows tried on the row, then on the page's body).

extension SchedulePage.Body: MustacheParent {
    /// The value the template names `name`.
    func child(named name: String) -> Any? {
        switch name {
        case "day": day
        case "isWeek": isWeek
        case "spanLabel": spanLabel
        case "options": options
        case "hasSchedule": hasSchedule
        case "timelineNote": timelineNote
        case "timelineChart": timelineChart
        case "barRows": barRows
        case "moreBars": moreBars
        case "spacecraftName": spacecraftName
        case "passRows": passRows
        case "hasPasses": hasPasses
        case "sky": sky
        default: nil
        }
    }
}

extension SchedulePage.SpacecraftOption: MustacheParent {
    /// The value the template names `name`.
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "name": self.name
        case "selected": selected
        default: nil
        }
    }
}

extension SchedulePage.Sky: MustacheParent {
    /// The value the template names `name`.
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "rows": rows
        case "chart": chart
        default: nil
        }
    }
}

extension SchedulePage.SkyRow: MustacheParent {
    /// The value the template names `name`.
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "time": time
        case "azimuth": azimuth
        case "elevation": elevation
        default: nil
        }
    }
}
